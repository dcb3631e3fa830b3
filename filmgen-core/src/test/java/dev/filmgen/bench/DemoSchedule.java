package dev.filmgen.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference demo's schedule, re-enacted with the same latencies: stages strictly one after another,
 * image and clip items in batches of {@code rps} that each wait for their slowest item, voices all at once.
 */
final class DemoSchedule {
    private DemoSchedule() {
    }

    static long runMillis(BenchWorkload w, int rps) throws InterruptedException {
        long t0 = System.nanoTime();
        call(w, "Script");
        call(w, "Storyboard");
        call(w, "RoleDescription");
        batches(w, BenchWorkload.ROLES, rps);
        call(w, "FirstFrameDescription");
        batches(w, w.frames(), rps);
        call(w, "VideoDescription");
        batches(w, items("clip:"), rps);
        call(w, "Line");
        batches(w, items("voice:"), Integer.MAX_VALUE);
        call(w, "film");
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static List<String> items(String prefix) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < BenchWorkload.BOARDS; i++) {
            l.add(prefix + i);
        }
        return l;
    }

    private static void batches(BenchWorkload w, List<String> purposes, int size) throws InterruptedException {
        for (int from = 0; from < purposes.size(); from += size) {
            List<Thread> batch = new ArrayList<>();
            for (String p : purposes.subList(from, Math.min(purposes.size(), from + size))) {
                Thread t = new Thread(() -> sleep(w.ms(p)));
                batch.add(t);
                t.start();
            }
            for (Thread t : batch) {
                t.join();
            }
        }
    }

    private static void call(BenchWorkload w, String purpose) {
        sleep(w.ms(purpose));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
