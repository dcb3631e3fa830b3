package dev.filmgen.offline.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How one first frame is staged: shot size, the lead's action, which side the people stand on and the light,
 * read from the frame prompt's words, with the board number filling in what the words leave open.
 *
 * @param shot how close the camera is
 * @param action what the lead does
 * @param mirrored whether the people stand on the right and the scene is seen from the other side
 * @param light the time of day's tint
 */
public record Staging(Shot shot, Action action, boolean mirrored, Light light) {
    /** How close the camera is. */
    public enum Shot { WIDE, MEDIUM, NEAR, CLOSE }

    /** What the lead character does. */
    public enum Action { STAND, RUN, DRINK, HOLD, POINT, CHEER }

    /** The time of day the picture is lit for. */
    public enum Light { DAY, MORNING, SUNSET, NIGHT }

    private static final Pattern CLOSE = Pattern.compile("特写|大特写|close-up|closeup|close up|extreme close");
    private static final Pattern NEAR = Pattern.compile("近景|半身|medium close|mid close|waist shot");
    private static final Pattern WIDE = Pattern.compile("全景|远景|大全景|wide shot|wide-angle|long shot|establishing|"
            + "full shot");
    private static final Pattern MEDIUM = Pattern.compile("中景|medium shot|mid shot");
    private static final Pattern DRINK = Pattern.compile("喝|饮|啜|drink|sip|gulp|swig");
    private static final Pattern RUN = Pattern.compile("跑|运动|健身|锻炼|冲刺|汗|\\brun|jog|sprint|workout|work out|"
            + "exercis|sweat");
    private static final Pattern POINT = Pattern.compile("推荐|指着|指向|介绍|安利|recommend|point|introduc|present");
    private static final Pattern HOLD = Pattern.compile("拿|举|握|递|拧开|打开|倒出|倒在|捧|挤|涂|hold|pick|open|hand|"
            + "pour|squeez|grab|lift|apply|raise");
    private static final Pattern CHEER = Pattern.compile("笑|欢呼|开心|雀跃|laugh|smil|cheer|grin|delight|happy");
    private static final Pattern MORNING = Pattern.compile("清晨|早晨|早上|晨光|朝阳|日出|morning|sunrise|dawn");
    private static final Pattern SUNSET = Pattern.compile("黄昏|傍晚|日落|夕阳|晚霞|sunset|dusk|evening|golden hour");
    private static final Pattern NIGHT = Pattern.compile("夜晚|深夜|夜里|夜色|\\bnight|midnight");
    private static final Shot[] BY_BOARD = {Shot.MEDIUM, Shot.NEAR, Shot.WIDE, Shot.CLOSE};

    /** The staging of a frame prompt for board {@code board} (1-based; 0 when not a board's frame). */
    public static Staging read(String prompt, int board, String product) {
        String act = actionWords(prompt, product);
        Shot shot = CLOSE.matcher(act).find() ? Shot.CLOSE : NEAR.matcher(act).find() ? Shot.NEAR
                : WIDE.matcher(act).find() ? Shot.WIDE : MEDIUM.matcher(act).find() ? Shot.MEDIUM
                : board > 0 ? BY_BOARD[(board - 1) % BY_BOARD.length] : Shot.MEDIUM;
        Action action = DRINK.matcher(act).find() ? Action.DRINK : RUN.matcher(act).find() ? Action.RUN
                : POINT.matcher(act).find() ? Action.POINT : HOLD.matcher(act).find() ? Action.HOLD
                : CHEER.matcher(act).find() ? Action.CHEER : Action.STAND;
        Light light = MORNING.matcher(act).find() ? Light.MORNING : SUNSET.matcher(act).find() ? Light.SUNSET
                : NIGHT.matcher(act).find() ? Light.NIGHT : Light.DAY;
        return new Staging(shot, action, board > 0 && board % 2 == 0, light);
    }

    /** The prompt less what says nothing of what happens: looks, clothes, product name, label and slogan. */
    static String actionWords(String prompt, String product) {
        String p = prompt == null ? "" : prompt.toLowerCase(Locale.ROOT);
        if (product != null && !product.isBlank()) {
            p = p.replace(product.toLowerCase(Locale.ROOT), " ");
        }
        return p.replaceAll("(?m)^\\s*(服装|wardrobe)[：:].*$", " ")
                .replaceAll("[（(][^）)]*[）)]|“[^”]*”|\"[^\"]*\"|「[^」]*」", " ")
                .replaceAll("身穿[^，。；,.;]*|穿着[^，。；,.;]*|wearing [^,.;]*|wears [^,.;]*", " ")
                .replaceAll("跑道|运动鞋|运动服|运动裤|运动背心|running shoe|running track|track", " ")
                .replaceAll("[^。.]*(印着|clearly shows|label reading|扁平插画|flat-illustration)[^。.]*", " ");
    }
}
