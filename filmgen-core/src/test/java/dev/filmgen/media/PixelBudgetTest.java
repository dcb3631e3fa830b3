package dev.filmgen.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.testing.BombPng;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PixelBudgetTest {
    @TempDir
    Path dir;

    /** Bytes this thread allocated on the heap while {@code work} ran (HotSpot's per-thread counter). */
    static long allocatedBy(ThrowingRunnable work) throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        work.run();
        return mx.getThreadAllocatedBytes(id) - before;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithAClearInvalidInputAndAlmostNoMemory() throws Exception {
        Path bomb = BombPng.write(dir.resolve("bomb.png"), 25_000, 25_000);
        assertTrue(Files.size(bomb) < 16 * 1024 * 1024, "a small file: " + Files.size(bomb));

        InvalidInputException[] refused = new InvalidInputException[1];
        long bytes = allocatedBy(() -> refused[0] = assertThrows(InvalidInputException.class,
                () -> PixelBudget.defaults().decode(bomb, 1280, "the product photo bomb.png")));

        assertEquals("invalid_input", ErrorCodes.of(refused[0]));
        assertEquals("the product photo bomb.png is 25000×25000 pixels (625.0 megapixels); at most 40.0 megapixels "
                + "are accepted: scale it down", refused[0].getMessage());
        System.out.printf("pixel budget: 25000x25000 PNG (%d bytes) refused after allocating %d KB%n",
                Files.size(bomb), bytes / 1024);
        assertTrue(bytes < 1024 * 1024, "refusing the bomb allocated " + bytes + " bytes");
    }

    @Test
    void aLargePictureWithinTheBudgetIsDecodedSubsampledInMemoryOfTheSizeNeeded() throws Exception {
        Path big = BombPng.write(dir.resolve("big.png"), 7_000, 5_000); // 35 MP: within the default budget
        BufferedImage[] out = new BufferedImage[1];
        long bytes = allocatedBy(() -> out[0] = PixelBudget.defaults().decode(big, 1400, "big.png"));

        assertEquals(1400, out[0].getWidth());
        assertEquals(1000, out[0].getHeight());
        long fullDecode = 7_000L * 5_000 * 3;
        System.out.printf("pixel budget: 7000x5000 PNG decoded to 1400x1000 allocating %d KB (a full decode holds %d KB)%n",
                bytes / 1024, fullDecode / 1024);
        assertTrue(bytes < fullDecode / 4, "decoding subsampled allocated " + bytes + " bytes");
    }

    @Test
    void aSmallerBudgetRefusesWhatTheDefaultAccepts() throws IOException {
        byte[] png = encode(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png");
        assertEquals(new PictureSize("png", 400, 300), PixelBudget.defaults().check(png, "p"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PixelBudget.of(100_000).check(png, "the photo"));
        assertTrue(e.getMessage().startsWith("the photo is 400×300 pixels (0.1 megapixels); at most 0.1"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "gif", "bmp"})
    void theHeaderGivesTheSizeOfEveryFormatImageIoWrites(String format) throws IOException {
        byte[] bytes = encode(new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB), format);
        assertEquals(new PictureSize(format, 321, 123), PixelBudget.defaults().check(bytes, "p"));
        BufferedImage small = PixelBudget.defaults().decode(bytes, 100, "p");
        assertEquals(81, small.getWidth()); // every 4th pixel of 321
        assertEquals(31, small.getHeight());
    }

    @Test
    void aJpegWithLargeMetadataBeforeItsFrameHeaderIsMeasuredToo() throws IOException {
        byte[] jpeg = encode(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpeg");
        ByteArrayOutputStream withApp = new ByteArrayOutputStream();
        withApp.write(jpeg, 0, 2); // SOI
        for (int i = 0; i < 3; i++) { // three 60 KB APP1 segments, as EXIF and XMP can be
            withApp.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) 0xEA, (byte) 0x62});
            withApp.write(new byte[0xEA62 - 2]);
        }
        withApp.write(jpeg, 2, jpeg.length - 2);
        assertEquals(new PictureSize("jpeg", 640, 480), PixelBudget.defaults().check(withApp.toByteArray(), "p"));
    }

    @Test
    void webpHeadersOfAllThreeKindsAreMeasuredAndRefusedAboveTheBudget() {
        assertEquals(new PictureSize("webp", 800, 600), PixelBudget.defaults().check(webp("VP8 ",
                new byte[] {0, 0, 0, (byte) 0x9d, 0x01, 0x2a, 0x20, 0x03, 0x58, 0x02}), "p"));
        long bits = (800 - 1) | ((long) (600 - 1) << 14);
        assertEquals(new PictureSize("webp", 800, 600), PixelBudget.defaults().check(webp("VP8L",
                new byte[] {0x2f, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16), (byte) (bits >> 24)}), "p"));
        int w = 16_000 - 1;
        int h = 16_000 - 1;
        byte[] vp8x = {0, 0, 0, 0, (byte) w, (byte) (w >> 8), (byte) (w >> 16), (byte) h, (byte) (h >> 8), (byte) (h >> 16)};
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PixelBudget.defaults().check(webp("VP8X", vp8x), "the photo"));
        assertTrue(e.getMessage().contains("16000×16000"), e.getMessage());
    }

    @Test
    void bytesThatAreNoPictureAreRefusedClearly() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PixelBudget.defaults().check("GIF8 but not really".getBytes(), "the photo"));
        assertTrue(e.getMessage().startsWith("the photo is not a picture we can read"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> PixelBudget.defaults().check(new byte[] {(byte) 0x89, 'P'}, "x"));
    }

    private static byte[] webp(String kind, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes());
        out.writeBytes(new byte[] {0, 0, 0, 0});
        out.writeBytes("WEBP".getBytes());
        out.writeBytes(kind.getBytes());
        out.writeBytes(new byte[] {(byte) data.length, 0, 0, 0});
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, new javax.imageio.stream.MemoryCacheImageOutputStream(out)));
        return out.toByteArray();
    }
}
