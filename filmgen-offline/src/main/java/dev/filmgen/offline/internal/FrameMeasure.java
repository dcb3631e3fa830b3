package dev.filmgen.offline.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline viewer's verdict on a first frame: which reference is the product and which a character comes from the
 * judge's question ("image 2 is the product …, image 3 is Mia", "图2是产品…"), each reference's likeness in the frame
 * is measured ({@link Likeness}: the product's colour histogram against the frame's best window; a character by the
 * colours of their clothes, hair and skin, read from the painter's portrait metadata, else by histogram), and the
 * verdict JSON the judge asks for is written from those numbers. The score maps the weighted likeness (the product
 * half, the characters the other half) from 0.25 → 0 to 0.80 → 10.
 */
public final class FrameMeasure {
    /** Likeness from which the product counts as present. */
    static final double PRESENT = 0.45;
    /** Likeness from which the product or a character counts as recognisable. */
    static final double RECOGNISABLE = 0.60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EN = Pattern.compile("(?i)image (\\d+) is ([^,.;\\n]+)");
    private static final Pattern ZH = Pattern.compile("图(\\d+)是([^，。；：\\n]+)");

    private FrameMeasure() {
    }

    /**
     * A reference picture and, for one of the painter's portraits, the figure it shows.
     *
     * @param image the picture
     * @param figure the painted character, or null
     */
    public record Reference(BufferedImage image, Figure figure) { }

    /** Weights and usual frame shares of a figure's upper clothes, lower clothes, hair and skin. */
    private static final double[] FIGURE_WEIGHTS = {0.4, 0.3, 0.2, 0.1};
    private static final double[] FIGURE_SHARES = {0.010, 0.006, 0.003, 0.003};

    /** A reference as the question names it: its position among the references and its name. */
    record Named(int index, String name, boolean product) { }

    /** The references the question names, in order; position 1 (the frame itself) is skipped. */
    static List<Named> named(String question) {
        List<Named> out = new ArrayList<>();
        for (Pattern p : List.of(EN, ZH)) {
            Matcher m = p.matcher(question);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                String name = m.group(2).trim();
                String lower = name.toLowerCase(Locale.ROOT);
                if (n >= 2 && out.stream().noneMatch(x -> x.index == n - 2)) {
                    out.add(new Named(n - 2, name, lower.startsWith("the product") || name.startsWith("产品")));
                }
            }
        }
        return out;
    }

    /**
     * The verdict JSON for {@code frame} against {@code references} (in request order), the sentence in Chinese
     * when {@code zh}; {@code label} starts the sentence.
     */
    public static String verdict(BufferedImage frame, List<Reference> references, String question, boolean zh,
                                 String label) {
        List<Named> names = named(question);
        Double product = null;
        Map<String, Double> roles = new LinkedHashMap<>();
        for (Named n : names) {
            if (n.index() >= references.size() || references.get(n.index()) == null) {
                continue;
            }
            Reference ref = references.get(n.index());
            double l = ref.figure() != null && !n.product()
                    ? Likeness.ofColours(List.of(ref.figure().top(), ref.figure().bottom(), ref.figure().hair(),
                            ref.figure().skin()), FIGURE_WEIGHTS, FIGURE_SHARES, frame)
                    : Likeness.of(ref.image(), frame);
            if (n.product()) {
                product = l;
            } else {
                roles.put(n.name(), l);
            }
        }
        ObjectNode v = JSON.createObjectNode();
        StringBuilder why = new StringBuilder(label);
        double score;
        if (product == null && roles.isEmpty()) {
            PictureFacts f = PictureFacts.measure(frame);
            double top = f.colours().values().stream().findFirst().orElse(1.0);
            score = top > 0.9 ? 2 : 7;
            why.append(zh ? "没有可对比的参考图；画面" + (top > 0.9 ? "几乎是单一颜色" : "颜色有层次")
                    : "no reference to compare with; the frame is " + (top > 0.9 ? "almost one colour" : "varied"));
        } else {
            double weighted = 0;
            double weights = 0;
            if (product != null) {
                double w = roles.isEmpty() ? 1 : 0.5;
                weighted += w * product;
                weights += w;
                why.append(zh ? "产品参考图的颜色在最相近的区域里吻合 " + percent(product)
                        : "the product's colours match " + percent(product) + " in the closest part of the frame");
            }
            for (Map.Entry<String, Double> r : roles.entrySet()) {
                double w = (product == null ? 1.0 : 0.5) / roles.size();
                weighted += w * r.getValue();
                weights += w;
                why.append(zh ? "；" + r.getKey() + " " + percent(r.getValue()) : "; " + r.getKey() + " "
                        + percent(r.getValue()));
            }
            double l = weighted / weights;
            score = Math.max(0, Math.min(10, Math.round(20 * (l - 0.25) / 0.55) / 2.0));
        }
        v.put("product_present", product == null ? null : product >= PRESENT);
        v.put("product_recognisable", product == null ? null : product >= RECOGNISABLE);
        ObjectNode r = v.putObject("roles");
        roles.forEach((name, l) -> r.put(name, l >= RECOGNISABLE));
        v.putNull("text_garbled");
        v.put("score", score);
        v.put("reason", why.append(zh ? "。" : ".").toString());
        return v.toString();
    }

    private static String percent(double d) {
        return Math.round(d * 100) + "%";
    }
}
