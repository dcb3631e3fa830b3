package dev.filmgen.bench;

import dev.filmgen.calls.CallKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One seeded draw of call latencies for a 4-board, 2-role film (text 2–5 s, image 5–20 s, video 60–300 s,
 * speech 1–3 s, composition 5 s, each times {@code scale}), and the lower bound no scheduler can beat.
 */
final class BenchWorkload {
    static final List<String> TEXT = List.of("Script", "Storyboard", "RoleDescription", "FirstFrameDescription",
            "VideoDescription", "Line");
    static final int BOARDS = 4;
    static final List<String> ROLES = List.of("role:Ann", "role:Bob");

    final Map<String, Long> millis = new LinkedHashMap<>();
    final double scale;

    BenchWorkload(long seed, double scale) {
        this.scale = scale;
        Random r = new Random(seed);
        for (String t : TEXT) {
            millis.put(t, draw(r, 2, 5));
        }
        for (String role : ROLES) {
            millis.put(role, draw(r, 5, 20));
        }
        for (int i = 0; i < BOARDS; i++) {
            millis.put("frame:" + i, draw(r, 5, 20));
        }
        for (int i = 0; i < BOARDS; i++) {
            millis.put("clip:" + i, draw(r, 60, 300));
        }
        for (int i = 0; i < BOARDS; i++) {
            millis.put("voice:" + i, draw(r, 1, 3));
        }
        millis.put("film", Math.round(5 * 1000 * scale));
    }

    private long draw(Random r, double lo, double hi) {
        return Math.round((lo + (hi - lo) * r.nextDouble()) * 1000 * scale);
    }

    long ms(String purpose) {
        Long v = millis.get(purpose);
        if (v == null) {
            throw new IllegalArgumentException("no latency for " + purpose);
        }
        return v;
    }

    static CallKind kind(String purpose) {
        if (purpose.startsWith("role:") || purpose.startsWith("frame:")) {
            return CallKind.IMAGE;
        }
        if (purpose.startsWith("clip:")) {
            return CallKind.VIDEO;
        }
        if (purpose.startsWith("voice:")) {
            return CallKind.SPEECH;
        }
        return purpose.equals("film") ? CallKind.COMPOSE : CallKind.TEXT;
    }

    /** Earliest finish of every item with unlimited capacity (the dependency graph only). */
    Map<String, Long> earliestFinish() {
        Map<String, Long> e = new LinkedHashMap<>();
        e.put("Script", ms("Script"));
        e.put("Storyboard", e.get("Script") + ms("Storyboard"));
        e.put("RoleDescription", e.get("Storyboard") + ms("RoleDescription"));
        long roles = 0;
        for (String r : ROLES) {
            e.put(r, e.get("RoleDescription") + ms(r));
            roles = Math.max(roles, e.get(r));
        }
        e.put("FirstFrameDescription", e.get("RoleDescription") + ms("FirstFrameDescription"));
        e.put("VideoDescription", e.get("FirstFrameDescription") + ms("VideoDescription"));
        e.put("Line", e.get("Storyboard") + ms("Line"));
        long end = 0;
        for (int i = 0; i < BOARDS; i++) {
            e.put("frame:" + i, Math.max(e.get("FirstFrameDescription"), roles) + ms("frame:" + i));
            e.put("clip:" + i, Math.max(e.get("frame:" + i), e.get("VideoDescription")) + ms("clip:" + i));
            e.put("voice:" + i, e.get("Line") + ms("voice:" + i));
            end = Math.max(end, Math.max(e.get("clip:" + i), e.get("voice:" + i)));
        }
        e.put("film", end + ms("film"));
        return e;
    }

    /** The longest dependency chain. */
    long chainMillis() {
        return earliestFinish().get("film");
    }

    /** Earliest clip start + clip work spread over the clips allowed in flight + composition. */
    long capacityMillis(int clipsInFlight) {
        Map<String, Long> e = earliestFinish();
        long firstClipStart = Long.MAX_VALUE;
        long clipWork = 0;
        for (int i = 0; i < BOARDS; i++) {
            firstClipStart = Math.min(firstClipStart, e.get("clip:" + i) - ms("clip:" + i));
            clipWork += ms("clip:" + i);
        }
        return firstClipStart + Math.round((double) clipWork / clipsInFlight) + ms("film");
    }

    /**
     * A tighter lower bound than {@link #capacityMillis}: clips cannot be split, so with {@code slots} in flight
     * the clip phase lasts at least the best partition of the clips over the slots (found by brute force).
     */
    long packingMillis(int slots) {
        Map<String, Long> e = earliestFinish();
        long firstClipStart = Long.MAX_VALUE;
        long[] clips = new long[BOARDS];
        for (int i = 0; i < BOARDS; i++) {
            clips[i] = ms("clip:" + i);
            firstClipStart = Math.min(firstClipStart, e.get("clip:" + i) - clips[i]);
        }
        return firstClipStart + bestPartition(clips, 0, new long[slots]) + ms("film");
    }

    private static long bestPartition(long[] clips, int next, long[] load) {
        if (next == clips.length) {
            long max = 0;
            for (long l : load) {
                max = Math.max(max, l);
            }
            return max;
        }
        long best = Long.MAX_VALUE;
        for (int s = 0; s < load.length; s++) {
            load[s] += clips[next];
            best = Math.min(best, bestPartition(clips, next + 1, load));
            load[s] -= clips[next];
        }
        return best;
    }

    List<String> frames() {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < BOARDS; i++) {
            l.add("frame:" + i);
        }
        return l;
    }
}
