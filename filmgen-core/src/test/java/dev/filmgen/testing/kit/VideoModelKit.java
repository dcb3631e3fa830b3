package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VideoRequest;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of {@link VideoModel}: a clip whose bytes are what its media type says, readable by the caller,
 * and, measured by the subclass's {@link #probe()}, a video of the first frame's aspect whose reported duration and
 * size are true; concurrent requests each get a clip. The subclass supplies the port, the model name and a probe
 * (for example {@code FfmpegProbe}); a remote port's test also implements {@link RemoteModelKit} and
 * {@link RemoteTaskKit} with its local fake. Clips are asked for at 480P and {@link #seconds()} long to keep runs short.
 */
public abstract class VideoModelKit {

    /** The port under test. */
    protected abstract VideoModel model();

    /** The model name requests carry. */
    protected abstract String modelName();

    /** Measures clips; the kit checks duration, size and aspect with it. */
    protected abstract MediaProbe probe();

    /** The clip length the kit asks for; default 2 s (a provider with fixed lengths overrides it). */
    protected int seconds() {
        return 2;
    }

    /** The still a clip starts from; by default a 640x360 PNG as a {@code data:} URI. */
    protected MediaAsset firstFrame() {
        return KitMedia.pngAsset(640, 360, new Color(0x2F6FD0));
    }

    /** A request to animate {@link #firstFrame()}. */
    protected VideoRequest request(String prompt, String purpose) {
        return new VideoRequest(modelName(), firstFrame(), prompt, "480P", seconds(), 42L, Map.of(), purpose);
    }

    /** One ordinary call; {@link RemoteModelKit} uses it. */
    public void callOnce() {
        model().generate(request("slow push in on the thermos", "clip:1"));
    }

    /** One call with {@code journal}; {@link RemoteTaskKit} uses it. */
    public MediaAsset callWith(TaskJournal journal) {
        return model().generate(request("slow push in on the thermos", "clip:1"), journal);
    }

    /** Checks that {@code clip} is a readable video of {@link #firstFrame()}'s aspect with true metadata. */
    protected void assertClip(MediaAsset clip) {
        String type = KitMedia.baseType(clip.mediaType());
        assertTrue(type.startsWith("video/"), "a video media type: " + clip.mediaType());
        byte[] bytes = KitMedia.bytes(clip);
        if (type.equals("video/mp4")) {
            assertEquals("video/mp4", KitMedia.sniff(bytes), "the bytes are an MP4");
        }
        Path file;
        try {
            file = Files.createTempFile("kit-clip-", "." + type.substring(6));
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            MediaInfo info = probe().probe(file);
            MediaInfo.StreamInfo video = info.video().orElseThrow(() -> new AssertionError("no video stream"));
            assertTrue(info.durationSeconds() > 0.5, "a clip, not a still: " + info.durationSeconds() + " s");
            if (clip.durationSeconds() != null) {
                assertEquals(clip.durationSeconds(), info.durationSeconds(), 0.25, "the reported duration is the clip's");
            }
            if (clip.width() != null && clip.height() != null) {
                assertEquals(video.width(), clip.width().intValue(), "the reported width is the clip's");
                assertEquals(video.height(), clip.height().intValue(), "the reported height is the clip's");
            }
            double want = firstFrame().width() / (double) firstFrame().height();
            double got = video.width() / (double) video.height();
            assertTrue(Math.abs(got / want - 1) < 0.05, "the clip (" + video.width() + "x" + video.height()
                    + ") keeps the first frame's aspect");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    @Test
    void animatesTheFirstFrameIntoAReadableClip() {
        RemoteTaskKit.Recording journal = new RemoteTaskKit.Recording(null);

        MediaAsset clip = model().generate(request("slow push in on the thermos", "clip:1"), journal);

        assertClip(clip);
        assertTrue(journal.submitted().size() <= 1, "at most one task per call: " + journal.submitted());
    }

    @Test
    void theBilledCallTheRunnerMakesKeepsTheSameContract() {
        assertClip(model().generateBilled(request("slow pan right", "clip:2"), TaskJournal.none()).value());
    }

    @Test
    void concurrentRequestsEachGetAClip() throws Exception {
        List<MediaAsset> clips = Concurrently.run(2, i -> model().generate(request(
                i == 0 ? "slow push in" : "pan left across the desk", "clip:" + (i + 1))));

        clips.forEach(this::assertClip);
    }
}
