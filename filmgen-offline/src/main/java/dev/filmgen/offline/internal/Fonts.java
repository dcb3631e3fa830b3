package dev.filmgen.offline.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The painter's typeface: the CJK font the compose module bundles (Noto Sans CJK SC subset, OFL), falling back to
 * Java's logical sans-serif; text is filtered to the glyphs the font can draw, so no tofu boxes ever appear.
 */
public final class Fonts {
    /** Where {@code filmgen-compose-ffmpeg} ships its CJK font. */
    public static final String CJK_RESOURCE = "/dev/filmgen/compose/ffmpeg/fonts/NotoSansCJKsc-Bold-subset.otf";
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static volatile Font base;

    private Fonts() {
    }

    /** The base font at a size (bold where the font has it). */
    public static Font at(float size) {
        return base().deriveFont(Font.BOLD, size);
    }

    private static Font base() {
        Font f = base;
        if (f == null) {
            synchronized (Fonts.class) {
                if (base == null) {
                    base = load();
                }
                f = base;
            }
        }
        return f;
    }

    private static Font load() {
        try (InputStream in = Fonts.class.getResourceAsStream(CJK_RESOURCE)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
            LOG.warn("CJK font {} not on the class path; Chinese text in pictures will be left out", CJK_RESOURCE);
        } catch (IOException | FontFormatException e) {
            LOG.warn("cannot load CJK font {}; Chinese text in pictures will be left out", CJK_RESOURCE, e);
        }
        return new Font(Font.SANS_SERIF, Font.BOLD, 12);
    }

    /** The text with every character the font cannot draw removed (spaces collapsed). */
    public static String drawable(Font font, String text) {
        if (text == null) {
            return "";
        }
        if (font.canDisplayUpTo(text) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(cp -> cp == ' ' || font.canDisplay(cp)).forEach(sb::appendCodePoint);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
