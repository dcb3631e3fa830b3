package dev.filmgen.offline.bench;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.offline.OfflineAnimator;
import dev.filmgen.offline.OfflinePainter;
import dev.filmgen.offline.OfflineVoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints how long the offline painter, animator and voice take (a benchmark, not a test). */
public final class OfflineBench {
    private OfflineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("filmgen-offline-bench");
        OfflinePainter painter = new OfflinePainter(1, dir);
        OfflineAnimator animator = new OfflineAnimator(dir);
        String prompt = "阳光海边沙滩，小夏身穿红色T恤和白色短裤（女生）。画面里的饮品包装上清晰印着“百炼椰汁”。";
        MediaAsset still = null;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            still = painter.generate(new ImageRequest("offline", prompt, null, 1280, 720, List.of(), (long) i, null,
                    "frame:1"));
            System.out.printf("painter 1280x720 frame: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        }
        for (String move : List.of("push in", "pan left", "tilt up")) {
            long t = System.nanoTime();
            MediaAsset clip = animator.generate(new VideoRequest("offline", still, move, "720P", 5, 1L, null,
                    "clip:1"));
            System.out.printf("animator 5 s %dx%d %s: %d ms%n", clip.width(), clip.height(), move,
                    (System.nanoTime() - t) / 1_000_000);
        }
        OfflineVoice voice = OfflineVoice.builder().workDir(dir).build();
        for (String[] line : new String[][] {{"百炼椰汁，一口清爽，一夏畅快", "zh"}, {"Fresh in every sip.", "en"}}) {
            long t = System.nanoTime();
            MediaAsset wav = voice.speak(new SpeechRequest("offline", line[0], "Cherry", line[1], "voice:1"));
            System.out.printf("voice %s (%s, %.2f s): %d ms%n", line[1], wav.mediaType(), wav.durationSeconds(),
                    (System.nanoTime() - t) / 1_000_000);
        }
    }
}
