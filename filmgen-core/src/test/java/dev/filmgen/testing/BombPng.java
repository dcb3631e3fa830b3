package dev.filmgen.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a black RGB PNG of any size cheaply, the way a decompression bomb is made: every row is the same, so the
 * deflate stream is one block of rows compressed once (with a full flush, which makes it self-contained) and repeated.
 * A 25000 × 25000 picture (1.9 GB of pixels) is a file of a few MB, written in about a second; nothing is committed.
 */
public final class BombPng {
    private static final int ROWS_PER_BLOCK = 50;
    private static final int FINISH = -1;

    private BombPng() {
    }

    /** Writes a {@code width × height} black picture to {@code file}; returns the file. */
    public static Path write(Path file, int width, int height) throws IOException {
        int rowBytes = 1 + 3 * width; // filter byte 0, then RGB zeros
        int block = Math.min(ROWS_PER_BLOCK, height);
        byte[] raw = new byte[rowBytes * block];
        byte[] blockZ = compress(raw, Deflater.FULL_FLUSH);
        int full = height / block;
        int rest = height % block;
        byte[] restZ = rest == 0 ? new byte[0] : compress(new byte[rowBytes * rest], Deflater.FULL_FLUSH);
        byte[] end = compress(new byte[0], FINISH);
        Adler32 adler = new Adler32();
        for (int i = 0; i < full; i++) {
            adler.update(raw);
        }
        adler.update(raw, 0, rowBytes * rest);

        long idatLength = 2L + (long) blockZ.length * full + restZ.length + end.length + 4;
        try (OutputStream f = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(f, 1 << 16))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, deflate, adaptive filters, no interlace
            chunk(out, "IHDR", ihdr.toByteArray());

            CRC32 crc = new CRC32();
            byte[] type = "IDAT".getBytes(StandardCharsets.US_ASCII);
            out.writeInt((int) idatLength);
            out.write(type);
            crc.update(type);
            byte[] zhead = {0x78, 0x01};
            out.write(zhead);
            crc.update(zhead);
            for (int i = 0; i < full; i++) {
                out.write(blockZ);
                crc.update(blockZ);
            }
            out.write(restZ);
            crc.update(restZ);
            out.write(end);
            crc.update(end);
            byte[] sum = new byte[4];
            long a = adler.getValue();
            for (int i = 0; i < 4; i++) {
                sum[i] = (byte) (a >>> (24 - 8 * i));
            }
            out.write(sum);
            crc.update(sum);
            out.writeInt((int) crc.getValue());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    /** A raw deflate block sequence for {@code data}, ended by {@code flush} (no zlib header or checksum). */
    private static byte[] compress(byte[] data, int flush) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            d.setInput(data);
            if (flush == FINISH) {
                d.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            while (true) {
                int n = flush == FINISH ? d.deflate(buf) : d.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
                if (flush == FINISH ? d.finished() : n < buf.length && d.needsInput()) {
                    break;
                }
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
