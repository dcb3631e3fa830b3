package dev.filmgen.compose.ffmpeg.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's own fonts (there is no fontconfig in the bundled FFmpeg): {@code .ttf}, {@code .otf} and
 * {@code .ttc} files under the usual folders of Linux, macOS and Windows, read once and ordered by how many
 * characters they draw (widest first, then by path), so a full CJK font wins over a Latin one.
 */
public final class SystemFonts {
    private static final Logger LOG = LoggerFactory.getLogger(SystemFonts.class);
    private static final int MAX_DEPTH = 6;
    private static final long MAX_FONT_BYTES = 256L << 20;

    private SystemFonts() {
    }

    /** The usual font folders of this platform that exist. */
    public static List<Path> defaultDirs() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        if (!home.isEmpty()) {
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, ".fonts"));
            dirs.add(Path.of(home, "Library", "Fonts"));
        }
        dirs.add(Path.of("/System/Library/Fonts"));
        dirs.add(Path.of("/Library/Fonts"));
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            dirs.add(Path.of(windows, "Fonts"));
        }
        return dirs.stream().filter(Files::isDirectory).toList();
    }

    /** Every readable font under {@code dirs}, widest coverage first; unreadable files are skipped. */
    public static List<FontSource> scan(List<Path> dirs) {
        long started = System.nanoTime();
        List<Scanned> found = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
                files.filter(SystemFonts::isFontFile).forEach(f -> read(f).ifPresent(found::add));
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.debug("cannot list fonts in {}: {}", dir, e.toString());
            }
        }
        found.sort(Comparator.comparingInt((Scanned s) -> -s.size).thenComparing(s -> s.file.toString()));
        LOG.debug("{} system fonts read in {} ms", found.size(), (System.nanoTime() - started) / 1_000_000);
        return found.stream().map(s -> s.source).toList();
    }

    private record Scanned(Path file, FontSource source, int size) { }

    private static Optional<Scanned> read(Path file) {
        FontSource source = FontSource.file(file);
        try {
            int size = source.coverage().size();
            return size == 0 ? Optional.empty() : Optional.of(new Scanned(file, source, size));
        } catch (IOException | RuntimeException e) {
            LOG.debug("skipping font {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private static boolean isFontFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc"))) {
            return false;
        }
        try {
            return Files.isRegularFile(p) && Files.size(p) <= MAX_FONT_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
