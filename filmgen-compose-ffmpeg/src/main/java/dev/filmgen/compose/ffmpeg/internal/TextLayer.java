package dev.filmgen.compose.ffmpeg.internal;

import static dev.filmgen.compose.ffmpeg.internal.Filters.num;
import static dev.filmgen.compose.ffmpeg.internal.Filters.value;

import dev.filmgen.compose.EndCard;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.ffmpeg.FilmFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code drawtext} filters for subtitles and the end card. Text goes through UTF-8 text files in the work
 * directory (no escaping of the user's words, no {@code %} expansion); the font is a file ({@code fontfile=}, no
 * fontconfig) chosen per text by {@link FilmFonts}. Lines are centred inside a title-safe area that depends on the aspect ratio.
 */
public final class TextLayer {
    private final Path workDir;
    private final FilmFonts fonts;
    private final Path ownFont;
    private final FilmStyle style;
    private final int width;
    private final int height;
    private final double fontPx;
    private int files;

    /**
     * A layer for a {@code width}×{@code height} film writing its text files into {@code workDir}, drawing each
     * board's text in the first of {@code fonts} (after {@code ownFont}, the film's own font, may be null) that
     * draws all of it; characters no font draws are left out.
     */
    public TextLayer(Path workDir, FilmFonts fonts, Path ownFont, FilmStyle style, int width, int height) {
        this.workDir = workDir;
        this.fonts = fonts;
        this.ownFont = ownFont;
        this.style = style;
        this.width = width;
        this.height = height;
        this.fontPx = Math.max(8, Math.round(style.fontSize() * height / 1080.0));
    }

    /** Subtitle font size in pixels at this height. */
    public double fontPx() {
        return fontPx;
    }

    /** Widest line allowed: the title-safe width (90% of the frame). */
    public double maxLineWidth() {
        return width * 0.9;
    }

    /** {@code ,drawtext=...} filters showing {@code text} over board-local [from, to), or "" for no text. */
    public String subtitles(int board, String text, double from, double to) {
        StringBuilder out = new StringBuilder();
        if (text == null || text.isBlank()) {
            return "";
        }
        FilmFonts.Choice font = fonts.choose(text, ownFont);
        double lineHeight = fontPx * 1.35;
        for (Subtitles.Cue cue : Subtitles.cues(font.drawable(text), from, to, fontPx, maxLineWidth())) {
            List<String> lines = cue.lines();
            for (int k = 0; k < lines.size(); k++) {
                double y = switch (style.position()) {
                    case TOP -> topMargin() + k * lineHeight;
                    case MIDDLE -> (height - lines.size() * lineHeight) / 2 + k * lineHeight;
                    case BOTTOM -> height - bottomMargin() - (lines.size() - k) * lineHeight;
                };
                out.append(',').append(drawtext(font.file(), lines.get(k), fontPx, style.fontColor(), y))
                        .append(":enable='between(t,").append(num(cue.start())).append(',')
                        .append(num(Math.max(cue.start(), cue.end() - 0.001))).append(")'");
            }
        }
        return out.toString();
    }

    /** {@code ,drawtext=...} filters for the end card, shown from film time {@code at}, fading in over 0.5 s. */
    public String endCard(EndCard card, double at) {
        StringBuilder out = new StringBuilder();
        double nameSize = Math.round(fontPx * 1.6);
        String nameText = card.productName() == null ? "" : card.productName();
        String sloganText = card.slogan() == null ? "" : card.slogan();
        FilmFonts.Choice nameFont = fonts.choose(nameText, ownFont);
        FilmFonts.Choice sloganFont = fonts.choose(sloganText, ownFont);
        List<String> name = Subtitles.wrap(nameFont.drawable(nameText), nameSize, maxLineWidth());
        List<String> slogan = Subtitles.wrap(sloganFont.drawable(sloganText), fontPx, maxLineWidth());
        double block = name.size() * nameSize * 1.3 + slogan.size() * fontPx * 1.35 + fontPx * 0.6;
        double y = (height - block) / 2;
        String timing = ":enable='gte(t," + num(at) + ")':alpha='min(1,(t-" + num(at) + ")/0.5)'";
        for (String line : name) {
            out.append(',').append(drawtext(nameFont.file(), line, nameSize, style.fontColor(), y)).append(timing);
            y += nameSize * 1.3;
        }
        y += fontPx * 0.6;
        for (String line : slogan) {
            out.append(',').append(drawtext(sloganFont.file(), line, fontPx, style.fontColor(), y)).append(timing);
            y += fontPx * 1.35;
        }
        return out.toString();
    }

    private String drawtext(Path font, String line, double size, String color, double y) {
        StringBuilder d = new StringBuilder("drawtext=fontfile=").append(value(font.toString()))
                .append(":textfile=").append(value(write(line).toString())).append(":expansion=none")
                .append(":fontsize=").append(num(size)).append(":fontcolor=").append(value(color))
                .append(":x=(w-text_w)/2:y=").append(num(Math.round(y))).append(":y_align=font");
        if (style.outline()) {
            d.append(":borderw=").append(Math.max(1, Math.round(size / 14))).append(":bordercolor=black@0.85");
        }
        if (style.boxColor() != null) {
            d.append(":box=1:boxcolor=").append(value(style.boxColor())).append(":boxborderw=")
                    .append(Math.max(2, Math.round(size * 0.25)));
        }
        return d.toString();
    }

    private Path write(String line) {
        Path file = workDir.resolve("text-" + (files++) + ".txt");
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write subtitle text to " + file, e);
        }
        return file;
    }

    private double bottomMargin() {
        return height > width ? height * 0.15 : height * 0.08;
    }

    private double topMargin() {
        return height > width ? height * 0.12 : height * 0.08;
    }
}
