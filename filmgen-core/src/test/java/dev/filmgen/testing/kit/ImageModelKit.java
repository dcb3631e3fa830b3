package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.TaskJournal;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of {@link ImageModel}: a picture whose bytes are what its media type says, readable by the
 * caller, in the requested aspect, with its reported size true; reference pictures are taken; concurrent requests
 * each get a picture; the journal is used at most once per call. The subclass supplies the port and the model name;
 * a remote port's test also implements {@link RemoteModelKit} and, when it runs remote tasks,
 * {@link RemoteTaskKit}, with its local fake.
 */
public abstract class ImageModelKit {
    /** Landscape size the kit asks for (16:9, inside every provider's limits). */
    protected static final int WIDE = 1024;
    /** The short side of that size. */
    protected static final int NARROW = 576;

    /** The port under test. */
    protected abstract ImageModel model();

    /** The model name requests carry. */
    protected abstract String modelName();

    /** A request for a {@code width}x{@code height} picture with {@code references}, as a first frame would ask. */
    protected ImageRequest request(int width, int height, List<MediaAsset> references) {
        return new ImageRequest(modelName(), "A slim matte-blue thermos on a wooden desk by a window, morning light",
                "blurry, text, watermark", width, height, references, 42L, Map.of(), "frame:1");
    }

    /** A reference picture a caller may pass (a role portrait); by default a small PNG {@code data:} URI. */
    protected MediaAsset reference() {
        return KitMedia.pngAsset(256, 256, new Color(0xE0413A));
    }

    /** One ordinary call; {@link RemoteModelKit} uses it. */
    public void callOnce() {
        model().generate(request(WIDE, NARROW, List.of()));
    }

    /** One call with {@code journal}; {@link RemoteTaskKit} uses it. */
    public MediaAsset callWith(TaskJournal journal) {
        return model().generate(request(WIDE, NARROW, List.of()), journal);
    }

    /** Checks that {@code asset} is a readable picture of its type and about {@code w}:{@code h}; returns it decoded. */
    protected static BufferedImage assertPicture(MediaAsset asset, int w, int h) {
        String type = KitMedia.baseType(asset.mediaType());
        assertTrue(type.startsWith("image/"), "an image media type: " + asset.mediaType());
        byte[] bytes = KitMedia.bytes(asset);
        assertEquals(type, KitMedia.sniff(bytes), "the bytes are what the media type says");
        if (asset.sizeBytes() >= 0) {
            assertEquals(bytes.length, asset.sizeBytes(), "the reported size in bytes");
        }
        if (type.equals("image/webp")) {
            return null;
        }
        BufferedImage img = KitMedia.picture(bytes);
        if (asset.width() != null && asset.height() != null) {
            assertEquals(img.getWidth(), asset.width().intValue(), "the reported width is the picture's");
            assertEquals(img.getHeight(), asset.height().intValue(), "the reported height is the picture's");
        }
        double want = w / (double) h;
        double got = img.getWidth() / (double) img.getHeight();
        assertTrue(Math.abs(got / want - 1) < 0.03, "aspect " + img.getWidth() + "x" + img.getHeight()
                + " for a request of " + w + "x" + h);
        return img;
    }

    @Test
    void paintsAReadablePictureOfTheRequestedAspect() {
        RemoteTaskKit.Recording journal = new RemoteTaskKit.Recording(null);

        MediaAsset picture = model().generate(request(WIDE, NARROW, List.of()), journal);

        assertPicture(picture, WIDE, NARROW);
        assertTrue(journal.submitted().size() <= 1, "at most one task per call: " + journal.submitted());
    }

    @Test
    void theBilledCallTheRunnerMakesKeepsTheSameContract() {
        var billed = model().generateBilled(request(WIDE, NARROW, List.of()), TaskJournal.none());

        assertPicture(billed.value(), WIDE, NARROW);
    }

    @Test
    void paintsAPortraitPictureWhenAskedForOne() {
        assertPicture(model().generate(request(NARROW, WIDE, List.of())), NARROW, WIDE);
    }

    @Test
    void takesReferencePictures() {
        assertPicture(model().generate(request(WIDE, NARROW, List.of(reference()))), WIDE, NARROW);
    }

    @Test
    void concurrentRequestsEachGetAPicture() throws Exception {
        List<MediaAsset> pictures = Concurrently.run(3, i -> model().generate(new ImageRequest(modelName(),
                "A thermos, shot " + i, null, WIDE, NARROW, List.of(), 42L + i, Map.of(), "frame:" + (i + 1))));

        for (MediaAsset p : pictures) {
            assertPicture(p, WIDE, NARROW);
        }
    }
}
