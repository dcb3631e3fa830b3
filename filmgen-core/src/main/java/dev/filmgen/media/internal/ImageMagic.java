package dev.filmgen.media.internal;

/** Recognises the product photo formats filmgen accepts (PNG, JPEG, WebP) by their first bytes. */
public final class ImageMagic {
    private ImageMagic() {
    }

    /** The file extension of the image format {@code b} starts with, or null when it is not one we accept. */
    public static String extension(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "jpg";
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /** The media type of the image format {@code b} starts with, or null when it is not PNG, JPEG or WebP. */
    public static String mediaType(byte[] b) {
        String ext = extension(b);
        return ext == null ? null : ext.equals("jpg") ? "image/jpeg" : "image/" + ext;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
