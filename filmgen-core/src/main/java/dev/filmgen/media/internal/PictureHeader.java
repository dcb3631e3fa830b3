package dev.filmgen.media.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a picture's format and size from its header alone, without decoding a pixel: PNG ({@code IHDR}), JPEG (the
 * first {@code SOFn} marker, skipping the segments before it), GIF (logical screen), BMP ({@code BITMAPINFOHEADER})
 * and WebP ({@code VP8}, {@code VP8L}, {@code VP8X}). At most the bytes before the size are read; for JPEG that is
 * the metadata segments before the frame header, skipped without buffering.
 *
 * @param format {@code png}, {@code jpeg}, {@code gif}, {@code bmp} or {@code webp}
 * @param width pixels across
 * @param height pixels down
 */
public record PictureHeader(String format, int width, int height) {

    /** Width times height. */
    public long pixels() {
        return (long) width * height;
    }

    /** The header of the picture {@code in} starts with; throws {@link IOException} when it is none we know. */
    public static PictureHeader read(InputStream in) throws IOException {
        byte[] head = in.readNBytes(12);
        if (head.length >= 8 && u8(head, 0) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            byte[] ihdr = readFully(in, 12); // bytes 12..23: "IHDR" and the big-endian width and height
            if (ihdr[0] != 'I' || ihdr[1] != 'H' || ihdr[2] != 'D' || ihdr[3] != 'R') {
                throw new IOException("a PNG without its IHDR chunk first");
            }
            return checked("png", be32(ihdr, 4), be32(ihdr, 8));
        }
        if (head.length >= 4 && u8(head, 0) == 0xFF && u8(head, 1) == 0xD8 && u8(head, 2) == 0xFF) {
            return jpeg(in, head);
        }
        if (head.length >= 10 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8'
                && (head[4] == '7' || head[4] == '9') && head[5] == 'a') {
            return checked("gif", le16(head, 6), le16(head, 8));
        }
        if (head.length >= 2 && head[0] == 'B' && head[1] == 'M') {
            byte[] info = readFully(in, 14); // bytes 12..25: header size, then width and height (little-endian)
            int size = le32(info, 2);
            if (size == 12) { // BITMAPCOREHEADER: 16-bit sizes
                return checked("bmp", le16(info, 6), le16(info, 8));
            }
            return checked("bmp", le32(info, 6), Math.abs(le32(info, 10)));
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return webp(in);
        }
        throw new IOException("not a PNG, JPEG, GIF, BMP or WebP picture");
    }

    private static PictureHeader jpeg(InputStream in, byte[] head) throws IOException {
        // head holds FF D8 FF and the first marker's code; walk the segments until a start-of-frame marker
        int marker = u8(head, 3);
        int consumed = 4;
        byte[] rest = java.util.Arrays.copyOfRange(head, consumed, head.length);
        InputStream s = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(rest), in);
        for (int segments = 0; segments < 10_000; segments++) {
            while (marker == 0xFF) { // fill bytes
                marker = readByte(s);
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
                marker = nextMarker(s);
                continue;
            }
            int length = (readByte(s) << 8) | readByte(s);
            if (length < 2) {
                throw new IOException("a JPEG segment with length " + length);
            }
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                byte[] f = readFully(s, 5); // precision, height (2), width (2)
                return checked("jpeg", (u8(f, 3) << 8) | u8(f, 4), (u8(f, 1) << 8) | u8(f, 2));
            }
            if (marker == 0xD9 || marker == 0xDA) {
                throw new IOException("a JPEG without a frame header before its image data");
            }
            skipFully(s, length - 2);
            marker = nextMarker(s);
        }
        throw new IOException("a JPEG with too many segments before its frame header");
    }

    private static PictureHeader webp(InputStream in) throws IOException {
        byte[] chunk = readFully(in, 8); // chunk fourcc and size
        String kind = new String(chunk, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (kind) {
            case "VP8 ": { // lossy: frame tag (3), start code (3), 14-bit width and height
                byte[] b = readFully(in, 10);
                return checked("webp", le16(b, 6) & 0x3FFF, le16(b, 8) & 0x3FFF);
            }
            case "VP8L": { // lossless: signature 0x2F, then 14-bit width-1 and height-1
                byte[] b = readFully(in, 5);
                long bits = u8(b, 1) | (u8(b, 2) << 8) | (u8(b, 3) << 16) | ((long) u8(b, 4) << 24);
                return checked("webp", (int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8X": { // extended: flags (4), 24-bit canvas width-1 and height-1
                byte[] b = readFully(in, 10);
                return checked("webp", le24(b, 4) + 1, le24(b, 7) + 1);
            }
            default:
                throw new IOException("a WebP whose first chunk is '" + kind + "'");
        }
    }

    private static PictureHeader checked(String format, int width, int height) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IOException("a " + format.toUpperCase(java.util.Locale.ROOT) + " header that says "
                    + Integer.toUnsignedString(width) + "×" + Integer.toUnsignedString(height) + " pixels");
        }
        return new PictureHeader(format, width, height);
    }

    private static int nextMarker(InputStream s) throws IOException {
        int b = readByte(s);
        while (b != 0xFF) { // stray bytes between segments
            b = readByte(s);
        }
        return readByte(s);
    }

    private static int readByte(InputStream s) throws IOException {
        int b = s.read();
        if (b < 0) {
            throw new EOFException("the picture ends inside its header");
        }
        return b;
    }

    private static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException("the picture ends inside its header");
        }
        return b;
    }

    private static void skipFully(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long k = in.skip(left);
            if (k <= 0) {
                readByte(in);
                k = 1;
            }
            left -= k;
        }
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int be32(byte[] b, int i) {
        return (u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
    }

    private static int le16(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8);
    }

    private static int le24(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8) | (u8(b, i + 2) << 16);
    }

    private static int le32(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8) | (u8(b, i + 2) << 16) | (u8(b, i + 3) << 24);
    }
}
