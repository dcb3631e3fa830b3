package dev.filmgen.media;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.media.internal.PictureHeader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * How many pixels filmgen agrees to decode from one picture, checked from the header before a pixel is decoded, so a
 * small file that claims a huge picture (a decompression bomb) costs nothing. Pictures within the budget are decoded
 * subsampled to the size the caller needs.
 *
 * <p>Memory bound: {@link #check} reads only the header (for JPEG, the metadata segments before the frame header are
 * skipped, not kept). {@link #decode} keeps the subsampled picture, at most {@code maxLongSide²} pixels of at most 8
 * bytes (16-bit RGBA; 4 bytes for ordinary pictures), plus the decoder's working rows, a few times
 * {@code width × 8} bytes (under 1 MB even at 40 megapixels). ImageIO's disk cache is never used: inputs are read
 * from memory or straight from their file. Immutable and thread-safe.
 */
public final class PixelBudget {
    /** The default budget: 40 megapixels (e.g. 8000 × 5000), far above any product photo or model result. */
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    private static final PixelBudget DEFAULT = new PixelBudget(DEFAULT_MAX_PIXELS);

    private final long maxPixels;

    private PixelBudget(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The default budget of {@value #DEFAULT_MAX_PIXELS} pixels. */
    public static PixelBudget defaults() {
        return DEFAULT;
    }

    /** A budget of {@code maxPixels} pixels per picture (width × height). */
    public static PixelBudget of(long maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive, was " + maxPixels);
        }
        return new PixelBudget(maxPixels);
    }

    /** The most pixels (width × height) one picture may have. */
    public long maxPixels() {
        return maxPixels;
    }

    /**
     * The format and size of the picture {@code in} starts with, read from its header only. Throws
     * {@link InvalidInputException} naming {@code what} when it is not a PNG, JPEG, GIF, BMP or WebP picture or when it
     * has more pixels than this budget.
     */
    public PictureSize check(InputStream in, String what) {
        PictureHeader h;
        try {
            h = PictureHeader.read(in);
        } catch (IOException e) {
            throw new InvalidInputException(what + " is not a picture we can read: " + e.getMessage(), e);
        }
        if (h.pixels() > maxPixels) {
            throw new InvalidInputException(what + " is " + h.width() + "×" + h.height() + " pixels ("
                    + megapixels(h.pixels()) + " megapixels); at most " + megapixels(maxPixels)
                    + " megapixels are accepted: scale it down");
        }
        return new PictureSize(h.format(), h.width(), h.height());
    }

    /** {@link #check(InputStream, String)} on a file. */
    public PictureSize check(Path file, String what) {
        try (InputStream in = Files.newInputStream(file)) {
            return check(in, what);
        } catch (IOException e) {
            throw new InvalidInputException(what + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@link #check(InputStream, String)} on bytes in memory. */
    public PictureSize check(byte[] bytes, String what) {
        return check(new ByteArrayInputStream(bytes), what);
    }

    /**
     * Decodes the picture in {@code bytes} after {@link #check}: when its longer side exceeds {@code maxLongSide},
     * every n-th pixel of every n-th row is decoded (the smallest n that fits), so memory follows the size needed,
     * not the size of the picture. Throws {@link InvalidInputException} naming {@code what} when it cannot be decoded.
     */
    public BufferedImage decode(byte[] bytes, int maxLongSide, String what) {
        PictureSize size = check(bytes, what);
        return decode(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)), size, maxLongSide, what);
    }

    /** {@link #decode(byte[], int, String)} on a file, read in place. */
    public BufferedImage decode(Path file, int maxLongSide, String what) {
        PictureSize size = check(file, what);
        try {
            return decode(new FileImageInputStream(file.toFile()), size, maxLongSide, what);
        } catch (IOException e) {
            throw new InvalidInputException(what + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static BufferedImage decode(ImageInputStream in, PictureSize size, int maxLongSide, String what) {
        if (maxLongSide < 1) {
            throw new IllegalArgumentException("maxLongSide must be positive, was " + maxLongSide);
        }
        try (in) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException(what + " is a " + size.format().toUpperCase(Locale.ROOT)
                        + " picture, which cannot be decoded here (PNG, JPEG, GIF and BMP can)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(size, maxLongSide);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage img = reader.read(0, param);
                if (img == null) {
                    throw new InvalidInputException(what + " could not be decoded");
                }
                return img;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException) {
                throw (InvalidInputException) e;
            }
            throw new InvalidInputException(what + " is a damaged picture: " + e.getMessage(), e);
        }
    }

    /** The smallest n such that every n-th pixel of the longer side fits in {@code maxLongSide}. */
    static int subsampling(PictureSize size, int maxLongSide) {
        int longSide = Math.max(size.width(), size.height());
        return Math.max(1, (longSide + maxLongSide - 1) / maxLongSide);
    }

    private static String megapixels(long pixels) {
        return String.format(Locale.ROOT, "%.1f", pixels / 1e6);
    }

    @Override
    public String toString() {
        return "PixelBudget[" + maxPixels + " pixels]";
    }
}
