package dev.filmgen.compose.ffmpeg.bench;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.internal.EncodeSettings;
import dev.filmgen.compose.ffmpeg.internal.Files2;
import dev.filmgen.compose.ffmpeg.internal.FilterGraph;
import dev.filmgen.compose.ffmpeg.internal.Filters;
import dev.filmgen.compose.ffmpeg.internal.FrameSource;
import dev.filmgen.compose.ffmpeg.internal.GraphRenderer;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Benchmark (a program, not a test): composes N boards of 5 s 1080p clips with narration, subtitles and fades, and
 * times the floor, one plain transcode (same encoder settings) of a clip of the same total length. Prints both,
 * their ratio (wall and CPU time, best of {@code -Dbench.repeats=2} runs), peak process RSS, live heap (after GC)
 * and peak used heap (each run in a fresh JVM with {@code -Dbench.jvm="-Xmx256m"}, as a host would cap it), for 4 then
 * 16 boards. Last line:
 * {@code compose: film=<s> floor=<s> ratio=<x> rss_mb=<n>} (16 boards).
 */
public final class ComposeBenchmark {
    private static final int W = 1920;
    private static final int H = 1080;
    private static final int FPS = 25;
    private static final double BOARD = 5.0;
    private static final int REPEATS = Integer.getInteger("bench.repeats", 2);

    private ComposeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3) {
            child(args[0], Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        Path dir = Files.createTempDirectory("filmgen-bench-");
        try {
            for (int i = 0; i < 4; i++) {
                SyntheticMedia.clip(dir.resolve("clip" + i + ".mp4"), W, H, FPS, BOARD, i % 2 == 0);
                SyntheticMedia.tone(dir.resolve("voice" + i + ".wav"), 3.5 + 0.3 * i, 300 + 50 * i, 24000, 1);
            }
            String line = "";
            for (int boards : new int[] {4, 16}) {
                SyntheticMedia.clip(dir.resolve("floor-src-" + boards + ".mp4"), W, H, FPS, BOARD * boards, true);
                String[] film = null;
                String[] floor = null;
                for (int run = 0; run < REPEATS; run++) {
                    film = best(film, spawn("film", boards, dir));
                    floor = best(floor, spawn("floor", boards, dir));
                }
                double filmSeconds = Double.parseDouble(film[0]);
                double floorSeconds = Double.parseDouble(floor[0]);
                double ratio = filmSeconds / floorSeconds;
                System.out.printf(Locale.ROOT, "boards=%d film_length=%ss compose=%.2fs (cpu %ss) floor=%.2fs "
                        + "(cpu %ss) ratio=%.2f cpu_ratio=%.2f rss_mb=%s live_heap_mb=%s peak_heap_mb=%s gcs=%s (floor: "
                        + "rss_mb=%s live_heap_mb=%s peak_heap_mb=%s gcs=%s)%n", boards, film[3], filmSeconds,
                        film[4], floorSeconds, floor[4], ratio, Double.parseDouble(film[4])
                        / Double.parseDouble(floor[4]), film[1], film[5], film[2], film[6], floor[1], floor[5],
                        floor[2], floor[6]);
                line = String.format(Locale.ROOT, "compose: film=%.2f floor=%.2f ratio=%.2f rss_mb=%s", filmSeconds,
                        floorSeconds, ratio, film[1]);
            }
            System.out.println(line);
        } finally {
            Files2.deleteQuietly(dir);
        }
    }

    /** The faster of two runs (the machine is shared; the minimum is the least disturbed). */
    private static String[] best(String[] a, String[] b) {
        return a == null || Double.parseDouble(b[0]) < Double.parseDouble(a[0]) ? b : a;
    }

    /** Runs one measurement in a fresh JVM so its peak RSS is its own; returns seconds, rss MB, heap MB, length. */
    private static String[] spawn(String kind, int boards, Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : System.getProperty("bench.jvm", "-Xmx256m").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ComposeBenchmark.class.getName(), kind,
                Integer.toString(boards), dir.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        for (String l : new String(p.getInputStream().readAllBytes()).split("\n")) {
            if (l.startsWith("RESULT ")) {
                result = l.substring(7);
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException(kind + " run for " + boards + " boards failed");
        }
        return result.split(" ");
    }

    private static void child(String kind, int n, Path dir) throws IOException {
        Sampler sampler = Sampler.start();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        MediaInfo info;
        if (kind.equals("film")) {
            List<BoardMedia> boards = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boards.add(new BoardMedia(i, dir.resolve("clip" + (i % 4) + ".mp4"),
                        dir.resolve("voice" + (i % 4) + ".wav"),
                        "第" + (i + 1) + "个镜头：这款保温杯长效保温十二小时。Keep it hot all day long!"));
            }
            info = FfmpegComposer.create().compose(new FilmSpec(boards, null, FilmStyle.defaults(), null),
                    dir.resolve("film-" + n + ".mp4"));
        } else {
            // the floor: a plain transcode, demuxed and decoded beside the encoder as the ffmpeg program does
            Path src = dir.resolve("floor-src-" + n + ".mp4");
            EncodeSettings settings = new EncodeSettings(W, H, FPS, 1, EncodeSettings.bitrateFor(70, W, H, FPS),
                    "libopenh264", true);
            Path out = dir.resolve("floor-" + n + ".mp4");
            FilterGraph video = FilterGraph.open("movie=" + Filters.value(src.toString()) + ",format=yuv420p[v]",
                    "floor video");
            FilterGraph audio = FilterGraph.open("amovie=" + Filters.value(src.toString())
                    + ",aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[a]",
                    "floor audio");
            GraphRenderer.render(FrameSource.of(video, "v", "floor"), FrameSource.of(audio, "a", "floor"), audio,
                    settings, out, true);
            info = new dev.filmgen.compose.ffmpeg.FfmpegProbe().probe(out);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        sampler.stop();
        System.out.printf(Locale.ROOT, "RESULT %.3f %d %d %.2f %.2f %.1f %d%n", seconds, sampler.peakRss.get() >> 10,
                sampler.peakHeap.get() >> 20, info.durationSeconds(), cpu, sampler.peakLive.get() / 1048576.0,
                sampler.collections.get());
    }

    /**
     * Samples used heap every 20 ms (without allocating: reading /proc every 20 ms made most of the garbage it
     * measured), peak resident set size at the end (VmHWM), and the live heap: the heap left after each collection
     * (heap pools, from the collectors' notifications) and after a final one; used heap between collections is mostly
     * garbage waiting for the next collection, so it shows GC headroom, not what the composition keeps.
     */
    private static final class Sampler implements Runnable {
        final AtomicLong peakHeap = new AtomicLong();
        final AtomicLong peakRss = new AtomicLong();
        final AtomicLong peakLive = new AtomicLong();
        final AtomicInteger collections = new AtomicInteger();
        private volatile boolean running = true;
        private Thread thread;

        static Sampler start() {
            Sampler s = new Sampler();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    long live = 0;
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData)
                            n.getUserData());
                    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (heapPool(pool.getKey())) {
                            live += pool.getValue().getUsed();
                        }
                    }
                    s.peakLive.accumulateAndGet(live, Math::max);
                    s.collections.incrementAndGet();
                }, null, null);
            }
            s.thread = new Thread(s, "bench-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static boolean heapPool(String name) {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getName().equals(name)) {
                    return pool.getType() == MemoryType.HEAP;
                }
            }
            return false;
        }

        /** Allocation-free (the sampler must not make the garbage it measures). */
        void sample() {
            Runtime rt = Runtime.getRuntime();
            peakHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        }

        /** VmHWM (kB) from /proc/self/status: the kernel keeps the high-water mark, so one read at the end does. */
        private static long peakRssKb() {
            try {
                for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (l.startsWith("VmHWM:")) {
                        return Long.parseLong(l.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | NumberFormatException ignored) {
                // not Linux: RSS stays 0
            }
            return 0;
        }

        void stop() throws IOException {
            running = false;
            sample();
            peakRss.set(peakRssKb());
            // what is still reachable once the work is done (a run too short for any collection has only this)
            System.gc();
            peakLive.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
