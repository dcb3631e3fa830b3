package dev.filmgen.intent;

import dev.filmgen.intent.Intent.Edit;
import dev.filmgen.intent.Intent.Regenerate;
import dev.filmgen.intent.Intent.Target;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises requests that target one thing: an edit of a board, frame, camera move, role, line or the
 * script, or the regeneration of one item. Used by the rule classifier; see docs/decisions.md (V1).
 */
final class EditParser {
    private static final Pattern ZH_VALUE = Pattern.compile(
            "(?:改成|改为|换成|换为|变成|改写成|改写为|替换成|替换为|设置为|设为|设成|写成|调成|调为)");
    private static final Pattern EN_VALUE = Pattern.compile(
            "\\b(?:change|set|switch|turn|update|rename|replace|edit|modify)\\b.*?\\b(?:to|into|with)\\b\\s*"
                    + "|\\b(?:say|says|read|reads)\\b\\s*");
    private static final List<String> VOICE = List.of("音色", "声音", "嗓音", "配音", "声线", "voice", "voices",
            "speak", "speaks", "read by", "narrated by", "用", "use");
    private static final List<String> CAMERA = List.of("运镜", "镜头运动", "机位", "推近", "拉远", "推镜", "拉镜",
            "摇镜", "跟拍", "环绕", "camera", "pan", "zoom", "dolly", "tracking", "push in", "pull out", "orbit");
    private static final List<String> NARRATION = List.of("旁白", "解说词", "解说", "字幕", "narration", "voiceover",
            "voice-over", "voice over", "caption", "subtitle", "words");
    private static final List<String> LINE = List.of("台词", "对白", "line", "dialogue");
    private static final List<String> PICTURE = List.of("画面内容", "画面", "内容", "picture", "scene", "shows");
    private static final List<String> STYLE = List.of("明亮", "亮", "暗", "色调", "颜色", "色彩", "风格", "光线",
            "光", "清晰", "温暖", "暖", "冷", "鲜艳", "饱和", "对比", "背景", "画面", "bright", "brighter", "dark",
            "darker", "warm", "warmer", "cool", "cooler", "colour", "color", "colours", "colors", "style", "light",
            "lighting", "vivid", "saturated", "contrast", "sharper", "background", "picture", "look", "mood");
    private static final List<String> CLOTHES = List.of("衣服", "服装", "穿着", "穿", "外套", "裙", "衬衫", "outfit",
            "clothes", "clothing", "dress", "wear", "wears", "wearing", "shirt", "jacket", "costume");
    private static final List<String> LOOK = List.of("发型", "头发", "长相", "外貌", "样子", "年龄", "脸", "hair",
            "look", "looks", "face", "age", "appearance");
    private static final List<String> SETTING = List.of("场景", "环境", "背景", "setting", "background", "place");
    private static final List<String> SIGNAL = List.of("改", "换", "调", "更", "变", "加", "减", "删", "去掉", "缩短",
            "加长", "润色", "一些", "一点", "太", "change", "edit", "modify", "adjust", "tweak", "revise", "rewrite",
            "polish", "make it", "make the", "make", "more", "less", "shorter", "longer", "funnier", "too");
    private static final List<String> VIDEO = List.of("视频", "片段", "动画", "clip", "video", "footage");
    private static final List<String> AUDIO = List.of("配音", "语音", "声音", "音频", "voice", "audio", "speech");

    private EditParser() {
    }

    /**
     * The edit or regeneration {@code text} asks for, if it targets one thing.
     *
     * @param original the user's words as sent
     * @param text the same, normalised by {@link Words#normalise}
     * @param again whether the sentence asks to do something again
     */
    public static Optional<Intent> parse(String original, String text, FilmSession session, boolean again) {
        int cut = valueStart(text);
        String head = cut < 0 ? text : text.substring(0, cut);
        String o = original.strip();
        String value = cut < 0 ? null : clean(o.length() == text.length() ? o.substring(cut) : text.substring(cut));
        int board = Numbers.boardIndex(head, session.boards().size());
        Roles.Found role = Roles.find(head, session.roles());
        if (again) {
            return regenerate(original, head, board, role);
        }
        String voice = voice(text);
        if (voice != null && (Words.any(text, VOICE) || voice.equalsIgnoreCase(value))) {
            String speaker = role != null ? role.name() : (Roles.narrator(head) ? "narrator" : null);
            return edit(Target.LINE, speaker == null ? board : -1, speaker, "voice", voice, original);
        }
        if (board >= 0) {
            Optional<Intent> e = boardEdit(original, head, text, board, value);
            if (e.isPresent()) {
                return e;
            }
        }
        boolean changes = value != null || Words.any(text, SIGNAL);
        boolean roleField = Words.any(head, CLOTHES) || Words.any(head, LOOK) || Words.any(head, SETTING);
        if (role != null && (changes || roleField)) {
            String field = Words.any(head, CLOTHES) ? "clothes" : Words.any(head, LOOK) ? "look"
                    : Words.any(head, SETTING) ? "setting" : "look";
            return edit(Target.ROLE, -1, role.name(), field, value, original);
        }
        if (!changes) {
            return Optional.empty();
        }
        if (Words.any(head, List.of("广告语", "口号", "标语", "slogan", "tagline"))) {
            return edit(Target.SCRIPT, -1, null, "slogan", value, original);
        }
        if (value != null && Words.any(head, List.of("标题", "title"))) {
            return edit(Target.SCRIPT, -1, null, "title", value, original);
        }
        if (Words.any(head, List.of("剧本", "脚本", "故事", "script", "story"))
                && !Words.any(head, List.of("分镜", "storyboard"))) {
            return edit(Target.SCRIPT, -1, null, "story", value, original);
        }
        return Optional.empty();
    }

    private static Optional<Intent> boardEdit(String original, String head, String text, int board, String value) {
        if (Words.any(head, CAMERA)) {
            return edit(Target.CAMERA, board, null, "movement", value, original);
        }
        if (Words.any(head, NARRATION)) {
            return edit(Target.BOARD, board, null, "narration", value, original);
        }
        if (Words.any(head, LINE)) {
            return edit(Target.LINE, board, null, "text", value, original);
        }
        if (value != null && Words.any(head, PICTURE)) {
            return edit(Target.BOARD, board, null, "picture", value, original);
        }
        if (Words.any(text, STYLE) || (value == null && Words.any(text, SIGNAL))) {
            return edit(Target.FRAME, board, null, "style", value, original);
        }
        return Optional.empty();
    }

    private static Optional<Intent> regenerate(String original, String head, int board, Roles.Found role) {
        if (board >= 0) {
            if (Words.any(head, NARRATION) || Words.any(head, LINE)) {
                return edit(Target.BOARD, board, null, "narration", null, original);
            }
            Stage stage = Words.any(head, VIDEO) ? Stage.VIDEO
                    : Words.any(head, AUDIO) ? Stage.AUDIO : Stage.FIRST_FRAME_IMAGE;
            return Optional.of(new Regenerate(stage, board));
        }
        if (role != null && role.index() >= 0) {
            return Optional.of(new Regenerate(Stage.ROLE_IMAGE, role.index()));
        }
        for (Lexicon.StageWords sw : Lexicon.STAGES) {
            if (sw.stage() != Stage.TOPIC && Words.any(head, sw.words())) {
                return Optional.of(new Regenerate(sw.stage(), -1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Intent> edit(Target target, int index, String role, String field, String value,
                                         String instruction) {
        return Optional.of(new Edit(target, index, role, field, value, instruction.strip()));
    }

    /** Where the new value starts ("改成" / "change … to" / "narration: …"), or -1. */
    static int valueStart(String text) {
        Matcher zh = ZH_VALUE.matcher(text);
        if (zh.find()) {
            return zh.end();
        }
        Matcher en = EN_VALUE.matcher(text);
        if (en.find()) {
            return en.end();
        }
        int colon = Math.max(text.indexOf(':'), text.indexOf('：'));
        return colon > 0 && colon < text.length() - 1 ? colon + 1 : -1;
    }

    /** The voice id the text names, spelled as the provider spells it, or null. */
    static String voice(String text) {
        for (String v : Lexicon.VOICES) {
            if (Words.contains(text, v.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        return null;
    }

    /** Strips quotes, brackets and closing punctuation around a value; null when nothing is left. */
    static String clean(String value) {
        String v = value.strip();
        String before;
        do {
            before = v;
            v = v.replaceAll("^[:：\\s]+", "");
            v = v.replaceAll("[。.!！?？;；\\s]+$", "");
            v = v.replaceAll("^[\"'“”‘’「」『』《》]+|[\"'“”‘’「」『』《》]+$", "");
            v = v.strip();
        } while (!v.equals(before));
        return v.isEmpty() ? null : v;
    }
}
