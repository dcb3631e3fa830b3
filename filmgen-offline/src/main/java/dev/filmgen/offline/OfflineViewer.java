package dev.filmgen.offline;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.VisionModel;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.offline.internal.ColourWords;
import dev.filmgen.offline.internal.Figure;
import dev.filmgen.offline.internal.FrameMeasure;
import dev.filmgen.offline.internal.PngIo;
import dev.filmgen.offline.internal.Lang;
import dev.filmgen.offline.internal.MediaReader;
import dev.filmgen.offline.internal.PictureFacts;
import dev.filmgen.media.PictureSize;
import dev.filmgen.media.PixelBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Describes a product photo from what can be measured (size, aspect, dominant colours, plain background or not),
 * in Chinese or English after the question's language, and says plainly that it is a measurement, not AI. Asked
 * for a first-frame verdict (a question that wants a {@code "score"}, with the product picture and portraits as
 * references), it measures how much of each reference's colours the frame holds and answers the verdict JSON from
 * those numbers ({@link FrameMeasure}), so the judge loop runs without a key.
 */
public final class OfflineViewer implements VisionModel {
    /** The label every description starts with, in Chinese. */
    public static final String LABEL_ZH = "【自动测量，非 AI 识别】";
    /** The label every description starts with, in English. */
    public static final String LABEL_EN = "[Automatic measurement, not AI recognition]";
    /** Colours are sampled on about 40 000 points: a picture of this long side has them all. */
    private static final int SAMPLED_SIDE = 1024;

    private final PixelBudget pixels;

    /** A viewer that reads pictures within the default {@link PixelBudget}. */
    public OfflineViewer() {
        this(PixelBudget.defaults());
    }

    OfflineViewer(PixelBudget pixels) {
        this.pixels = pixels;
    }

    @Override
    public String describe(VisionRequest request) {
        byte[] bytes = MediaReader.bytes(request.image(), Duration.ofSeconds(20));
        boolean zh = Lang.detect(request.question()) == Lang.ZH;
        if (request.question().contains("\"score\"")) {
            List<FrameMeasure.Reference> refs = new ArrayList<>();
            for (MediaAsset ref : request.references()) {
                byte[] refBytes = MediaReader.bytes(ref, Duration.ofSeconds(20));
                Map<String, String> meta = PngIo.text(refBytes);
                Figure figure = "role".equals(meta.get(OfflinePainter.KIND_KEY)) ? Figure.decode(meta.get("figure")) : null;
                refs.add(new FrameMeasure.Reference(MediaReader.image(ref, refBytes, pixels, SAMPLED_SIDE), figure));
            }
            return FrameMeasure.verdict(MediaReader.image(request.image(), bytes, pixels, SAMPLED_SIDE), refs,
                    request.question(), zh, zh ? LABEL_ZH : LABEL_EN + " ");
        }
        PictureSize size = MediaReader.size(request.image(), bytes, pixels);
        PictureFacts sampled = PictureFacts.measure(MediaReader.image(request.image(), bytes, pixels, SAMPLED_SIDE));
        PictureFacts f = new PictureFacts(size.width(), size.height(), sampled.colours(), sampled.plainBackground(),
                sampled.subjectShare());
        List<String> colours = new ArrayList<>();
        for (Map.Entry<ColourWords.Named, Double> e : f.colours().entrySet()) {
            if (colours.size() < 3 && e.getValue() >= 0.08) {
                colours.add((zh ? zhName(e.getKey()) : e.getKey().en()) + (zh ? "（" : " (")
                        + Math.round(e.getValue() * 100) + "%" + (zh ? "）" : ")"));
            }
        }
        String orientation = f.width() > f.height() * 1.05 ? (zh ? "横向" : "landscape")
                : f.height() > f.width() * 1.05 ? (zh ? "竖向" : "portrait") : (zh ? "方形" : "square");
        String aspect = aspect(f.width(), f.height());
        int subject = (int) Math.round(f.subjectShare() * 100);
        if (zh) {
            String bg = f.plainBackground() == null ? "背景有较多细节，不是纯色底" : f.cutOut()
                    ? "背景为纯" + zhName(f.plainBackground()) + "，主体像是抠图产品图，约占画面 " + subject + "%"
                    : "画面几乎是单一的" + zhName(f.plainBackground());
            return LABEL_ZH + "图片 " + f.width() + "×" + f.height() + " 像素（" + orientation + "，约 " + aspect
                    + "）。主色：" + String.join("、", colours) + "。" + bg + "。";
        }
        String bg = f.plainBackground() == null ? "The background is detailed, not a plain colour" : f.cutOut()
                ? "Plain " + f.plainBackground().en() + " background; the subject looks like a cut-out product shot, "
                + "filling about " + subject + "% of the frame"
                : "The picture is almost entirely " + f.plainBackground().en();
        return LABEL_EN + " Picture " + f.width() + "×" + f.height() + " px (" + orientation + ", about " + aspect
                + "). Main colours: " + String.join(", ", colours) + ". " + bg + ".";
    }

    private static String zhName(ColourWords.Named n) {
        return n.zh().endsWith("色") ? n.zh() : n.zh() + "色";
    }

    private static String aspect(int w, int h) {
        int[][] common = {{16, 9}, {9, 16}, {4, 3}, {3, 4}, {3, 2}, {2, 3}, {1, 1}, {21, 9}, {5, 4}, {4, 5}};
        double r = w / (double) h;
        for (int[] c : common) {
            if (Math.abs(r - c[0] / (double) c[1]) < 0.02) {
                return c[0] + ":" + c[1];
            }
        }
        return String.format("%.2f:1", r);
    }
}
