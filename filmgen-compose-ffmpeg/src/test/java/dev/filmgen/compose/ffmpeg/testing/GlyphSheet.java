package dev.filmgen.compose.ffmpeg.testing;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;

import dev.filmgen.compose.ffmpeg.internal.FilterGraph;
import dev.filmgen.compose.ffmpeg.internal.Filters;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Draws characters one per frame with FFmpeg's drawtext — the filter films are drawn with — straight from a filter
 * graph (nothing encoded, so pixels are exact), and finds those a font draws as its {@code .notdef} box or as
 * nothing at all. The {@code .notdef} reference is a private-use character, which no font here maps.
 */
public final class GlyphSheet {
    private static final int CELL = 72;
    private static final int SIZE = 48;
    private static final int NOTDEF = 0xE000;

    private GlyphSheet() {
    }

    /**
     * The characters of {@code codePoints} that {@code font} draws as its {@code .notdef} shape or as an empty cell,
     * as a string (empty when every one is a real glyph). Spaces are not asked about.
     */
    public static String notDrawn(Path font, Collection<Integer> codePoints, Path workDir) {
        List<Integer> asked = codePoints.stream().distinct().filter(cp -> !Character.isSpaceChar(cp)
                && !Character.isWhitespace(cp)).toList();
        List<String> texts = new ArrayList<>();
        texts.add(new String(Character.toChars(NOTDEF)));
        asked.forEach(cp -> texts.add(new String(Character.toChars(cp))));
        List<BufferedImage> frames = render(font, texts, workDir);
        BufferedImage notdef = frames.get(0);
        if (ink(notdef) == 0) {
            throw new IllegalStateException(font + " draws .notdef as nothing: a gap would go unseen");
        }
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < asked.size(); i++) {
            BufferedImage glyph = frames.get(i + 1);
            if (ink(glyph) == 0 || difference(glyph, notdef) == 0) {
                bad.appendCodePoint(asked.get(i));
            }
        }
        return bad.toString();
    }

    /** One frame per text, each drawn white on black in the middle of a {@value #CELL}-pixel square cell. */
    public static List<BufferedImage> render(Path font, List<String> texts, Path workDir) {
        StringBuilder graph = new StringBuilder("color=c=black:size=" + CELL + "x" + CELL + ":rate=1:duration="
                + texts.size());
        try {
            for (int i = 0; i < texts.size(); i++) {
                Path file = Files.writeString(workDir.resolve("glyph-" + i + ".txt"), texts.get(i),
                        StandardCharsets.UTF_8);
                graph.append(",drawtext=fontfile=").append(Filters.value(font.toString())).append(":textfile=")
                        .append(Filters.value(file.toString())).append(":expansion=none:fontsize=").append(SIZE)
                        .append(":fontcolor=white:x=(w-text_w)/2:y=(h-text_h)/2:enable='eq(n\\,").append(i)
                        .append(")'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        graph.append(",format=rgb24[v]");
        List<BufferedImage> frames = new ArrayList<>();
        try (FilterGraph g = FilterGraph.open(graph.toString(), "glyph sheet")) {
            AVFrame frame = av_frame_alloc();
            while (frames.size() < texts.size() && g.pull("v", frame, "glyph sheet")) {
                frames.add(MediaInspector.toImage(frame));
                av_frame_unref(frame);
            }
            av_frame_free(frame);
        }
        return frames;
    }

    /** Pixels brighter than mid-grey. */
    public static long ink(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) > 128) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Sum of absolute differences of the blue channel. */
    public static long difference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                sum += Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff));
            }
        }
        return sum;
    }
}
