package dev.filmgen.internal.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import dev.filmgen.testing.MemoryStorage;
import dev.filmgen.testing.PublicLinkStorage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReachableMediaTest {
    private static final long TEN_MB = 10_000_000L;

    @TempDir
    Path dir;

    /** Local storage serving signed links on this machine, as the example service does. */
    private LocalStorage serviceStorage() {
        return LocalStorage.builder().root(dir.resolve("store")).publicBaseUrl("http://localhost:8080/files")
                .secret("s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t").build();
    }

    private static MediaAsset stored(Storage storage, String key, byte[] bytes, String type) {
        StoredObject o = storage.put(key, bytes, type);
        return MediaAsset.of(storage.link(key, Duration.ofHours(1)), type).withStorage(key,
                storage.link(key, Duration.ofHours(1)), o.sizeBytes());
    }

    private static byte[] png(int w, int h, boolean noise) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, noise ? r.nextInt(0xFFFFFF) : (x * 255 / w) << 16 | (y * 255 / h) << 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPublicLinkGoesAsItIs() {
        MediaAsset a = MediaAsset.of(URI.create("https://dashscope-result-bj.oss-cn-beijing.aliyuncs.com/x.png?Expires=1"),
                "image/png");
        assertSame(a, new ReachableMedia(new MemoryStorage()).reach(a, "wan2.2-i2v-plus", TEN_MB, "frame"));
    }

    @Test
    void theServicesOwnFilesLinkGoesInlineMeasuredOnTheEncodedText() throws Exception {
        LocalStorage storage = serviceStorage();
        byte[] bytes = png(320, 180, false);
        MediaAsset frame = stored(storage, "s/FirstFrameImage/frame-1.png", bytes, "image/png");
        assertTrue(frame.uri().toString().startsWith("http://localhost:8080/files/"), frame.uri().toString());

        MediaAsset sent = new ReachableMedia(storage).reach(frame, "wan2.2-i2v-plus", TEN_MB, "clip:1 first frame");

        String uri = sent.uri().toString();
        assertTrue(uri.startsWith("data:image/png;base64,"), uri.substring(0, 30));
        assertArrayEquals(bytes, Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)));
        assertNull(sent.storageKey(), "the provider gets the picture, not our key");
    }

    @Test
    void aPictureTooLongInlineGoesAsASmallerJpegWithinTheLimit() throws Exception {
        MemoryStorage storage = new MemoryStorage();
        byte[] bytes = png(400, 300, true);
        MediaAsset frame = stored(storage, "s/f.png", bytes, "image/png");
        long limit = bytes.length;  // the PNG's own data URI is a third longer than this

        MediaAsset sent = new ReachableMedia(storage).reach(frame, "m", limit, "frame");

        String uri = sent.uri().toString();
        assertTrue(uri.startsWith("data:image/jpeg;base64,"), uri.substring(0, 30));
        assertTrue(uri.length() <= limit, uri.length() + " > " + limit);
        assertEquals(400 > 0, ImageIO.read(new java.io.ByteArrayInputStream(
                Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)))) != null);
    }

    @Test
    void aStorageWithPublicLinksHandsOutAFreshLink() throws Exception {
        Storage oss = new PublicLinkStorage();
        MediaAsset frame = stored(oss, "s/f.png", png(64, 64, false), "image/png")
                .withStorage("s/f.png", URI.create("http://localhost/stale"), 10);
        MediaAsset sent = new ReachableMedia(oss).reach(frame, "wan2.6-r2v", 0, "frame");
        assertEquals("https://films.oss-cn-beijing.aliyuncs.com/s/f.png?Expires=86400&Signature=test",
                sent.uri().toString(), "a link valid for 24 h");
    }

    @Test
    void aModelTakingOnlyLinksWithLocalStorageSaysWhatToConfigure() throws Exception {
        LocalStorage storage = serviceStorage();
        MediaAsset frame = stored(storage, "s/f.png", png(64, 64, false), "image/png");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ReachableMedia(storage).reach(frame, "wan2.6-r2v", 0, "clip:1 first frame"));
        assertTrue(e.getMessage().contains("wan2.6-r2v fetches pictures only from public links")
                && e.getMessage().contains("OSS_ACCESS_KEY_ID") && e.getMessage().contains("clip:1 first frame"),
                e.getMessage());
    }

    @Test
    void aPrivateLinkWithNoCopyIsRefused() {
        MediaAsset photo = MediaAsset.of(URI.create("http://192.168.0.9/photo.png"), "image/png");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ReachableMedia(new MemoryStorage()).reach(photo, "qvq-max", TEN_MB, "the product photo"));
        assertTrue(e.getMessage().contains("192.168.0.9") && e.getMessage().contains("OSS"), e.getMessage());
    }

    @Test
    void linksAreJudgedWithoutLookingNamesUp() {
        assertTrue(ReachableMedia.whyNotPublic(URI.create("http://localhost:9/x")).contains("this machine"));
        assertTrue(ReachableMedia.whyNotPublic(URI.create("http://10.0.0.8/x")) != null);
        assertTrue(ReachableMedia.whyNotPublic(URI.create("http://[::1]:8080/x")) != null);
        assertTrue(ReachableMedia.whyNotPublic(URI.create("http://169.254.169.254/x")) != null);
        assertTrue(ReachableMedia.whyNotPublic(URI.create("http://myhost:8080/files/x")).contains("without a domain"));
        assertNull(ReachableMedia.whyNotPublic(URI.create("https://films.example.com/files/x")));
        assertNull(ReachableMedia.whyNotPublic(URI.create("http://8.8.8.8/x")));
        assertEquals(Optional.of("a file: location"),
                dev.filmgen.media.Reachability.whyUnreachable(URI.create("file:///tmp/x.png")));
    }
}
