package dev.filmgen.offline;

import dev.filmgen.compose.ffmpeg.ClipWriter;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.offline.internal.CameraMove;
import dev.filmgen.offline.internal.FramePipe;
import dev.filmgen.offline.internal.MediaReader;
import dev.filmgen.offline.internal.Motion;
import dev.filmgen.offline.internal.Seeds;
import dev.filmgen.offline.internal.WorkDir;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import dev.filmgen.media.PixelBudget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Animates a still into an H.264 MP4: the camera move named in the prompt (push in, pull out, pan, tilt, static;
 * English or Chinese) with ease-in-out, at the still's aspect, 30 fps, the requested length (5 s by default).
 */
public final class OfflineAnimator implements VideoModel {
    private static final int FPS = 30;

    private final WorkDir work;
    private final int maxShortSide;
    private final PixelBudget pixels;

    /** An animator writing into {@code workDir} (temporary when null), frames at most 1280x720 (or 720x1280). */
    public OfflineAnimator(Path workDir) {
        this(new WorkDir(workDir), 720, PixelBudget.defaults());
    }

    OfflineAnimator(WorkDir work, int maxShortSide, PixelBudget pixels) {
        this.work = work;
        this.maxShortSide = maxShortSide;
        this.pixels = pixels;
    }

    @Override
    public MediaAsset generate(VideoRequest request, TaskJournal journal) {
        MediaAsset still = request.firstFrame();
        // the camera moves over the still inside the frame: four times the frame's short side is always enough detail
        BufferedImage image = MediaReader.image(still, MediaReader.bytes(still, Duration.ofSeconds(20)), pixels,
                4 * maxShortSide);
        CameraMove move = CameraMove.parse(request.prompt());
        int seconds = request.durationSeconds() > 0 ? request.durationSeconds() : 5;
        if (seconds > 60) {
            throw new NonRetriableException("clip length " + seconds + " s is longer than the offline animator's 60 s");
        }
        int[] size = size(image.getWidth(), image.getHeight(), Math.min(maxShortSide, shortSide(request.resolution())));
        int frames = seconds * FPS;
        long hash = Seeds.mix(0, still.uri() + "|" + move + "|" + seconds + "|" + size[0] + "x" + size[1]);
        String purpose = request.purpose() == null ? "clip" : request.purpose();
        Path target = work.file(purpose.replace(':', '-'), hash, ".mp4");
        Motion motion = new Motion(image, move, size[0], size[1]);
        try (ClipWriter clip = ClipWriter.builder().output(target).width(size[0]).height(size[1]).fps(FPS).build();
             FramePipe pipe = new FramePipe(motion, frames)) {
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = pipe.next();
                clip.write(frame);
                pipe.release(frame);
            }
        }
        try {
            return new MediaAsset(target.toUri(), "video/mp4", null, Files.size(target), (double) seconds, size[0],
                    size[1]);
        } catch (IOException e) {
            throw new NonRetriableException("clip " + target + " vanished after encoding: " + e.getMessage(), e);
        }
    }

    /** The frame size: the still's aspect, the short side at most {@code cap}, both sides even. */
    static int[] size(int w, int h, int cap) {
        double s = Math.min(1.0, cap / (double) Math.min(w, h));
        s = Math.min(s, cap * 16.0 / 9.0 / Math.max(w, h));
        int fw = Math.max(16, (int) Math.round(w * s / 2) * 2);
        int fh = Math.max(16, (int) Math.round(h * s / 2) * 2);
        return new int[] {fw, fh};
    }

    private static int shortSide(String resolution) {
        if (resolution == null) {
            return Integer.MAX_VALUE;
        }
        String r = resolution.trim().toUpperCase(Locale.ROOT);
        try {
            return r.endsWith("P") ? Integer.parseInt(r.substring(0, r.length() - 1)) : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
