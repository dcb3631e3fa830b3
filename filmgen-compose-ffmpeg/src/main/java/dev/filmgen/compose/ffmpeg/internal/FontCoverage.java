package dev.filmgen.compose.ffmpeg.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The characters a TrueType/OpenType font (or the first face of a collection, which is what FreeType and so
 * FFmpeg's drawtext load from a file) maps to a real glyph, read from its {@code cmap} table: Unicode format 12
 * subtables first, then format 4. A colour-bitmap-only font (emoji fonts with {@code CBDT}/{@code sbix} and no
 * outlines) covers nothing: drawtext cannot draw colour bitmaps.
 */
public final class FontCoverage {
    private static final int MAX_TABLES = 512;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private FontCoverage(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
        int n = 0;
        for (int i = 0; i < starts.length; i++) {
            n += ends[i] - starts[i] + 1;
        }
        this.count = n;
    }

    /** Reads the coverage of the font in {@code bytes}. */
    public static FontCoverage of(byte[] bytes) throws IOException {
        return parse(ByteBuffer.wrap(bytes));
    }

    /** Reads the coverage of the font file at {@code file} (only its table directory and {@code cmap} are read). */
    public static FontCoverage of(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return parse(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
        }
    }

    /** Whether {@code codePoint} has a glyph. */
    public boolean covers(int codePoint) {
        int i = Arrays.binarySearch(starts, codePoint);
        if (i >= 0) {
            return true;
        }
        int before = -i - 2;
        return before >= 0 && codePoint <= ends[before];
    }

    /** How many characters have a glyph. */
    public int size() {
        return count;
    }

    private static FontCoverage parse(ByteBuffer b) throws IOException {
        try {
            int face = 0;
            if (b.getInt(0) == 0x74746366) { // 'ttcf': a collection; FreeType opens face 0 unless told otherwise
                face = b.getInt(12);
            }
            int tag = b.getInt(face);
            if (tag != 0x00010000 && tag != 0x4F54544F && tag != 0x74727565) { // 1.0, 'OTTO', 'true'
                throw new IOException("not a TrueType/OpenType font");
            }
            int tables = b.getShort(face + 4) & 0xFFFF;
            if (tables > MAX_TABLES) {
                throw new IOException("implausible table count " + tables);
            }
            int cmap = -1;
            boolean outlines = false;
            for (int t = 0; t < tables; t++) {
                int rec = face + 12 + 16 * t;
                String name = tag(b.getInt(rec));
                if (name.equals("cmap")) {
                    cmap = b.getInt(rec + 8);
                } else if (name.equals("glyf") || name.equals("CFF ") || name.equals("CFF2")) {
                    outlines = true;
                }
            }
            if (cmap < 0) {
                throw new IOException("the font has no cmap table");
            }
            return outlines ? readCmap(b, cmap) : new FontCoverage(new int[0], new int[0]);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("the font's tables are truncated or corrupt", e);
        }
    }

    private static FontCoverage readCmap(ByteBuffer b, int cmap) throws IOException {
        int n = b.getShort(cmap + 2) & 0xFFFF;
        int format12 = -1;
        int format4 = -1;
        for (int i = 0; i < n; i++) {
            int rec = cmap + 4 + 8 * i;
            int platform = b.getShort(rec) & 0xFFFF;
            int encoding = b.getShort(rec + 2) & 0xFFFF;
            int sub = cmap + b.getInt(rec + 4);
            boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode) {
                continue;
            }
            int format = b.getShort(sub) & 0xFFFF;
            if (format == 12 && format12 < 0) {
                format12 = sub;
            } else if (format == 4 && format4 < 0) {
                format4 = sub;
            }
        }
        if (format12 >= 0) {
            return format12(b, format12);
        }
        if (format4 >= 0) {
            return format4(b, format4);
        }
        throw new IOException("the font has no Unicode character map (format 4 or 12)");
    }

    private static FontCoverage format12(ByteBuffer b, int sub) {
        long groups = b.getInt(sub + 12) & 0xFFFFFFFFL;
        Ranges r = new Ranges();
        for (long g = 0; g < groups; g++) {
            int at = sub + 16 + (int) (12 * g);
            int start = b.getInt(at);
            int end = b.getInt(at + 4);
            int glyph = b.getInt(at + 8);
            r.add(glyph == 0 ? start + 1 : start, Math.min(end, Character.MAX_CODE_POINT));
        }
        return r.build();
    }

    private static FontCoverage format4(ByteBuffer b, int sub) {
        int segments = (b.getShort(sub + 6) & 0xFFFF) / 2;
        int ends = sub + 14;
        int startsAt = ends + 2 * segments + 2;
        int deltas = startsAt + 2 * segments;
        int offsets = deltas + 2 * segments;
        Ranges r = new Ranges();
        for (int s = 0; s < segments; s++) {
            int end = b.getShort(ends + 2 * s) & 0xFFFF;
            int start = b.getShort(startsAt + 2 * s) & 0xFFFF;
            int delta = b.getShort(deltas + 2 * s);
            int rangeOffset = b.getShort(offsets + 2 * s) & 0xFFFF;
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int at = offsets + 2 * s + rangeOffset + 2 * (c - start);
                    int raw = b.getShort(at) & 0xFFFF;
                    glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
                }
                if (glyph != 0) {
                    r.add(c, c);
                }
            }
        }
        return r.build();
    }

    private static String tag(int v) {
        return new String(new char[] {(char) (v >>> 24), (char) ((v >>> 16) & 0xFF), (char) ((v >>> 8) & 0xFF),
                (char) (v & 0xFF)});
    }

    /** Collects code point ranges in any order and merges them. */
    private static final class Ranges {
        private long[] packed = new long[64];
        private int size;

        void add(int start, int end) {
            if (end < start) {
                return;
            }
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, size * 2);
            }
            packed[size++] = ((long) start << 32) | (end & 0xFFFFFFFFL);
        }

        FontCoverage build() {
            long[] sorted = Arrays.copyOf(packed, size);
            Arrays.sort(sorted);
            int[] s = new int[size];
            int[] e = new int[size];
            int n = 0;
            for (long p : sorted) {
                int start = (int) (p >>> 32);
                int end = (int) p;
                if (n > 0 && start <= e[n - 1] + 1) {
                    e[n - 1] = Math.max(e[n - 1], end);
                } else {
                    s[n] = start;
                    e[n] = end;
                    n++;
                }
            }
            return new FontCoverage(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
        }
    }
}
