package dev.filmgen.compose.ffmpeg;

import dev.filmgen.compose.ffmpeg.internal.FontCoverage;
import dev.filmgen.compose.ffmpeg.internal.FontCacheDir;
import dev.filmgen.compose.ffmpeg.internal.FontSource;
import dev.filmgen.compose.ffmpeg.internal.SystemFonts;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which font draws a piece of film text, so that no character is ever drawn as a missing-glyph box or left as a
 * silent gap. Fonts are tried in this order: the film's own font ({@code FilmStyle.fontFile}), fonts the host
 * {@linkplain Builder#add adds}, the fonts on the class path (this module's GB 2312 subset of Noto Sans CJK SC,
 * then every CJK character from {@code filmgen-fonts-cjk} when that jar is present), and last the machine's own
 * fonts. The first font that draws every character wins; when none does, the one that draws the most, and the
 * characters it lacks are reported in {@link Choice#missing()} and left out. Thread-safe; share one instance.
 */
public final class FilmFonts {
    /** This module's font: ASCII, Latin, punctuation, kana and every GB 2312 character (see its README). */
    public static final String BASE_RESOURCE = "/dev/filmgen/compose/ffmpeg/fonts/NotoSansCJKsc-Bold-subset.otf";
    /** The optional {@code filmgen-fonts-cjk} jar's font: every character of Noto Sans CJK SC Bold. */
    public static final String CJK_RESOURCE = "/dev/filmgen/fonts/cjk/NotoSansCJKsc-Bold-cjk.otf";
    private static final Logger LOG = LoggerFactory.getLogger(FilmFonts.class);
    private static final Map<Path, java.awt.Font> AWT = new ConcurrentHashMap<>();
    private static final FilmFonts DEFAULTS = builder().build();

    private final List<FontSource> added;
    private final List<FontSource> bundled;
    private final List<Path> systemDirs;
    private final Map<Path, FontSource> styleFonts = new ConcurrentHashMap<>();
    private volatile List<FontSource> system;

    private FilmFonts(Builder b) {
        this.added = b.added.stream().map(FontSource::file).toList();
        Path chosen = b.cacheDir;
        Supplier<Path> cache = chosen != null ? () -> chosen : FontCacheDir::shared;
        this.bundled = b.resources.stream().flatMap(r -> FontSource.resource(r, cache).stream()).toList();
        this.systemDirs = b.systemFonts ? (b.systemDirs != null ? b.systemDirs : SystemFonts.defaultDirs()) : List.of();
    }

    /** The shared default: bundled fonts, the machine's fonts, class-path fonts cached in the temp folder. */
    public static FilmFonts defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * What draws {@code text}: a font file and the characters of the text it cannot draw.
     *
     * @param file the font file to hand to FreeType / Java2D
     * @param missing the characters left out (each once, in order of appearance); empty when all are drawn
     */
    public record Choice(Path file, String missing) {
        /**
         * {@code text} as it can be drawn: missing characters and invisible format characters removed, every kind
         * of space but the ideographic one made a plain space.
         */
        public String drawable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (plainSpace(cp)) {
                    out.append(' ');
                } else if (!invisible(cp) && missing.indexOf(cp) < 0) {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString();
        }

        /** The font as a Java2D {@link java.awt.Font} of size 1 (derive the size and style you draw with). */
        public java.awt.Font awtFont() {
            return AWT.computeIfAbsent(file, FilmFonts::loadAwt);
        }
    }

    private static java.awt.Font loadAwt(Path file) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, file.toFile()); // read in place, no copy
        } catch (IOException | java.awt.FontFormatException e) {
            throw new NonRetriableException("Java2D cannot load the font " + file + ": " + e.getMessage(), e);
        }
    }

    /** The font for {@code text} with no film font of its own. */
    public Choice choose(String text) {
        return choose(text, null);
    }

    /** The font for {@code text}, trying {@code preferred} (a film's own font file, may be null) first. */
    public Choice choose(String text, Path preferred) {
        Set<Integer> needed = new LinkedHashSet<>();
        (text == null ? "" : text).codePoints().filter(cp -> !invisible(cp) && !plainSpace(cp)).forEach(needed::add);
        List<FontSource> first = new ArrayList<>();
        if (preferred != null) {
            FontSource own = styleFont(preferred);
            if (covered(own, needed) < 0) {
                throw new InvalidInputException("style fontFile " + preferred + " is not a usable TrueType/OpenType "
                        + "font");
            }
            first.add(own);
        }
        first.addAll(added);
        first.addAll(bundled);
        FontSource best = null;
        int bestCount = -1;
        for (int pass = 0; pass < 2; pass++) {
            for (FontSource font : pass == 0 ? first : system()) { // the machine's fonts are read only when needed
                int count = covered(font, needed);
                if (count == needed.size()) {
                    return choice(font, needed);
                }
                if (count > bestCount) {
                    best = font;
                    bestCount = count;
                }
            }
        }
        if (best == null) {
            throw new NonRetriableException("no font can draw the film's text: the bundled font " + BASE_RESOURCE
                    + " is missing from the class path and no system font was found");
        }
        return choice(best, needed);
    }

    private Choice choice(FontSource font, Set<Integer> needed) {
        StringBuilder missing = new StringBuilder();
        try {
            for (int cp : needed) {
                if (!font.coverage().covers(cp)) {
                    missing.appendCodePoint(cp);
                }
            }
            return new Choice(font.file(), missing.toString());
        } catch (IOException e) {
            throw new NonRetriableException("cannot use the font " + font.name() + ": " + e.getMessage(), e);
        }
    }

    /** How many of {@code needed} the font draws, or -1 when it cannot be read. */
    private static int covered(FontSource font, Set<Integer> needed) {
        if (font.failed()) {
            return -1;
        }
        try {
            FontCoverage coverage = font.coverage();
            return (int) needed.stream().filter(coverage::covers).count();
        } catch (IOException e) {
            LOG.warn("skipping the font {}: {}", font.name(), e.getMessage());
            return -1;
        }
    }

    private FontSource styleFont(Path file) {
        return styleFonts.computeIfAbsent(file.toAbsolutePath().normalize(), FontSource::file);
    }

    private List<FontSource> system() {
        List<FontSource> s = system;
        if (s == null) {
            synchronized (this) {
                if (system == null) {
                    system = SystemFonts.scan(systemDirs);
                }
                s = system;
            }
        }
        return s;
    }

    /** Whether a character is drawn as a plain space: every kind of space and line break but the ideographic one. */
    static boolean plainSpace(int cp) {
        return cp != 0x3000 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /** Whether a character is invisible formatting (joiners, variation selectors, direction marks, fillers). */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x034F || cp == 0x115F || cp == 0x1160
                || cp == 0x3164 || cp == 0xFFA0;
    }

    /** Builder of {@link FilmFonts}; {@code build()} validates and reads no file. */
    public static final class Builder {
        private final List<Path> added = new ArrayList<>();
        private List<String> resources = List.of(BASE_RESOURCE, CJK_RESOURCE);
        private List<Path> systemDirs;
        private boolean systemFonts = true;
        private Path cacheDir;

        private Builder() {
        }

        /** A font file of the host's, tried before the bundled ones (call again for more, in order). */
        public Builder add(Path fontFile) {
            added.add(Objects.requireNonNull(fontFile, "fontFile"));
            return this;
        }

        /** Whether the machine's own fonts are tried last (default true). */
        public Builder systemFonts(boolean systemFonts) {
            this.systemFonts = systemFonts;
            return this;
        }

        /** The folders searched for the machine's fonts (default: the platform's usual font folders). */
        public Builder systemFontDirs(List<Path> dirs) {
            this.systemDirs = List.copyOf(dirs);
            return this;
        }

        /** Class-path fonts to use, in order (default {@link #BASE_RESOURCE}, {@link #CJK_RESOURCE}). */
        public Builder resources(List<String> resources) {
            this.resources = List.copyOf(resources);
            return this;
        }

        /** Where class-path fonts are copied (default: {@code filmgen-fonts-<user>} in the temp folder). */
        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = cacheDir;
            return this;
        }

        public FilmFonts build() {
            for (Path p : added) {
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("font " + p + " does not exist or is not a file");
                }
            }
            return new FilmFonts(this);
        }
    }
}
