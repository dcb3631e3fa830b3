package dev.filmgen.offline.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Stable, seed-driven choices: the same seed and salt always pick the same item, on every JVM. */
public final class Seeds {
    private Seeds() {
    }

    /** A well-mixed 64-bit hash of a seed and some text (FNV-1a then SplitMix64 finalisation). */
    public static long mix(long seed, String salt) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : (salt == null ? "" : salt).getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** An index in {@code [0, n)}. */
    public static int index(long seed, String salt, int n) {
        return n <= 0 ? 0 : (int) Math.floorMod(mix(seed, salt), (long) n);
    }

    public static <T> T pick(long seed, String salt, List<T> items) {
        return items.get(index(seed, salt, items.size()));
    }
}
