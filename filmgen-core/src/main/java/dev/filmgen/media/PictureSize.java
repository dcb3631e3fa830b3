package dev.filmgen.media;

/**
 * A picture's format and size as its header states them (see {@link PixelBudget#check}).
 *
 * @param format {@code png}, {@code jpeg}, {@code gif}, {@code bmp} or {@code webp}
 * @param width pixels across
 * @param height pixels down
 */
public record PictureSize(String format, int width, int height) {

    /** Width times height. */
    public long pixels() {
        return (long) width * height;
    }
}
