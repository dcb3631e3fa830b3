package dev.filmgen.compose.ffmpeg.bench;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.internal.EncodeSettings;
import dev.filmgen.compose.ffmpeg.internal.Files2;
import dev.filmgen.compose.ffmpeg.internal.Filters;
import dev.filmgen.compose.ffmpeg.internal.GraphRenderer;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (a program, not a test): composes N boards of 5 s 1080p clips with narration, subtitles and fades, and
 * times the floor, one plain transcode (same encoder settings) of a clip of the same total length. Prints both,
 * their ratio, peak heap and peak process RSS during each composition, for 4 then 16 boards. Last line:
 * {@code compose: film=<s> floor=<s> ratio=<x> rss_mb=<n>} (16 boards).
 */
public final class ComposeBenchmark {
    private static final int W = 1920;
    private static final int H = 1080;
    private static final int FPS = 25;
    private static final double BOARD = 5.0;

    private ComposeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("filmgen-bench-");
        try {
            List<Path> clips = new ArrayList<>();
            List<Path> voices = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clips.add(SyntheticMedia.clip(dir.resolve("clip" + i + ".mp4"), W, H, FPS, BOARD, i % 2 == 0));
                voices.add(SyntheticMedia.tone(dir.resolve("voice" + i + ".wav"), 3.5 + 0.3 * i, 300 + 50 * i,
                        24000, 1));
            }
            String line = "";
            for (int boards : new int[] {4, 16}) {
                line = run(dir, clips, voices, boards);
            }
            System.out.println(line);
        } finally {
            Files2.deleteQuietly(dir);
        }
    }

    private static String run(Path dir, List<Path> clips, List<Path> voices, int n) throws IOException {
        List<BoardMedia> boards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boards.add(new BoardMedia(i, clips.get(i % 4), voices.get(i % 4),
                    "第" + (i + 1) + "个镜头：这款保温杯长效保温十二小时。Keep it hot all day long!"));
        }
        FilmSpec spec = new FilmSpec(boards, null, FilmStyle.defaults(), null);
        Path floorClip = SyntheticMedia.clip(dir.resolve("floor-src-" + n + ".mp4"), W, H, FPS, BOARD * n, true);
        System.gc();
        Sampler film = Sampler.start();
        long t0 = System.nanoTime();
        MediaInfo info = FfmpegComposer.create().compose(spec, dir.resolve("film-" + n + ".mp4"));
        double filmSeconds = (System.nanoTime() - t0) / 1e9;
        film.stop();

        System.gc();
        Sampler floor = Sampler.start();
        long t1 = System.nanoTime();
        String graph = "movie=" + Filters.value(floorClip.toString()) + ",format=yuv420p[v];amovie="
                + Filters.value(floorClip.toString())
                + ",aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[a]";
        EncodeSettings settings = new EncodeSettings(W, H, FPS, 1, EncodeSettings.bitrateFor(70, W, H, FPS),
                "libopenh264", true);
        GraphRenderer.render(graph, settings, dir.resolve("floor-" + n + ".mp4"), "floor");
        double floorSeconds = (System.nanoTime() - t1) / 1e9;
        floor.stop();
        Files.deleteIfExists(floorClip);

        double ratio = filmSeconds / floorSeconds;
        System.out.printf(Locale.ROOT, "boards=%d film_length=%.2fs compose=%.2fs floor=%.2fs ratio=%.2f "
                        + "peak_heap_mb=%d rss_mb=%d (floor rss_mb=%d)%n", n, info.durationSeconds(), filmSeconds,
                floorSeconds, ratio, film.peakHeap.get() >> 20, film.peakRss.get() >> 10, floor.peakRss.get() >> 10);
        return String.format(Locale.ROOT, "compose: film=%.2f floor=%.2f ratio=%.2f rss_mb=%d", filmSeconds,
                floorSeconds, ratio, film.peakRss.get() >> 10);
    }

    /** Samples heap and resident set size (kB, from /proc/self/status) every 20 ms. */
    private static final class Sampler implements Runnable {
        final AtomicLong peakHeap = new AtomicLong();
        final AtomicLong peakRss = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static Sampler start() {
            Sampler s = new Sampler();
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

        void sample() {
            Runtime rt = Runtime.getRuntime();
            peakHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
            try {
                for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (l.startsWith("VmRSS:")) {
                        peakRss.accumulateAndGet(Long.parseLong(l.replaceAll("[^0-9]", "")), Math::max);
                    }
                }
            } catch (IOException | NumberFormatException ignored) {
                // not Linux: RSS stays 0
            }
        }

        void stop() throws IOException {
            running = false;
            sample();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
