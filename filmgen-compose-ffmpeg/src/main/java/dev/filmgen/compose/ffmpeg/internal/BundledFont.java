package dev.filmgen.compose.ffmpeg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The CJK-capable subtitle font shipped in this module's resources (a GB 2312 subset of Noto Sans CJK SC Bold,
 * SIL OFL 1.1; see {@code fonts/README.md} and {@code fonts/OFL.txt} beside it). FFmpeg's drawtext needs a file,
 * so it is copied into a work directory.
 */
public final class BundledFont {
    /** Classpath location of the font. */
    public static final String RESOURCE = "/dev/filmgen/compose/ffmpeg/fonts/NotoSansCJKsc-Bold-subset.otf";

    private BundledFont() {
    }

    /** Copies the font into {@code dir} and returns its path. */
    public static Path extractTo(Path dir) {
        Path target = dir.resolve("subtitle-font.otf");
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + RESOURCE + " is missing from the classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the bundled font to " + dir, e);
        }
    }
}
