package dev.filmgen.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.offline.internal.Fonts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflinePainterTest {
    private static final String FRAME_ZH = "阳光海边沙滩，小夏身穿红色T恤和白色短裤（二十出头的女生，齐肩短发）。小夏拧开百炼椰汁畅饮。"
            + "画面里的饮品包装上清晰印着“百炼椰汁”。";
    private static final String CTA_EN = "At the cosy home kitchen, product close-up, no people in the shot. The snack "
            + "clearly shows a label reading \"Choco Crunch\". Bold headline \"Too good to stop\" across the top.";

    @TempDir
    Path dir;

    private OfflinePainter painter() {
        return new OfflinePainter(3, dir);
    }

    private static ImageRequest request(String purpose, String prompt, int w, int h, List<MediaAsset> refs) {
        return new ImageRequest("offline", prompt, null, w, h, refs, null, null, purpose);
    }

    @ParameterizedTest
    @CsvSource({"frame:1,1280,720", "frame:4,720,1280", "role:小夏,720,1280", "product,1024,1024", "frame:2,960,960"})
    void picturesHaveTheRequestedSizeAndAreNotAFlatCard(String purpose, int w, int h) {
        String prompt = purpose.startsWith("role") ? "小夏，二十出头的女生，齐肩短发，红色T恤和白色短裤，阳光海边沙滩"
                : purpose.equals("frame:4") ? CTA_EN : FRAME_ZH;
        MediaAsset a = painter().generate(request(purpose, prompt, w, h, List.of()));
        assertEquals("file", a.uri().getScheme());
        assertEquals("image/png", a.mediaType());
        assertEquals(w, a.width());
        assertEquals(h, a.height());
        assertTrue(a.uri().getPath().startsWith(dir.toString()), "written in the work folder");
        BufferedImage img = Pictures.read(a);
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        assertTrue(Pictures.distinctColours(img) > 150, "distinct colours: " + Pictures.distinctColours(img));
        assertTrue(Pictures.edgeShare(img) > 0.004, "edge share: " + Pictures.edgeShare(img));
    }

    @Test
    void clothesColourFromTheRoleTextIsPainted() {
        BufferedImage red = Pictures.read(painter().generate(request("role:A", "a woman in a red dress", 640, 640,
                List.of())));
        BufferedImage green = Pictures.read(painter().generate(request("role:B", "一位穿绿色外套的男生", 640, 640,
                List.of())));
        assertTrue(Pictures.share(red, new Color(0xE0413A), 20) > 0.05);
        assertTrue(Pictures.share(green, new Color(0x3FA45B), 20) > 0.05);
        assertTrue(Pictures.share(green, new Color(0xE0413A), 20) < 0.01);
    }

    @Test
    void theSameRequestAndSeedPaintTheSamePicture() {
        BufferedImage a = Pictures.read(painter().generate(request("frame:1", FRAME_ZH, 640, 360, List.of())));
        BufferedImage b = Pictures.read(new OfflinePainter(3, dir.resolve("other"))
                .generate(request("frame:1", FRAME_ZH, 640, 360, List.of())));
        assertEquals(0.0, Pictures.difference(a, b));
        BufferedImage c = Pictures.read(new OfflinePainter(4, dir).generate(request("frame:1", FRAME_ZH, 640, 360,
                List.of())));
        assertTrue(Pictures.difference(a, c) > 0.0, "another seed varies the picture");
    }

    @Test
    void consecutiveFramesOfTheSameSceneDifferVisibly() {
        BufferedImage one = Pictures.read(painter().generate(request("frame:1", FRAME_ZH, 640, 360, List.of())));
        BufferedImage two = Pictures.read(painter().generate(request("frame:2", FRAME_ZH, 640, 360, List.of())));
        BufferedImage three = Pictures.read(painter().generate(request("frame:3", FRAME_ZH, 640, 360, List.of())));
        assertTrue(Pictures.difference(one, two) > 8, "1→2: " + Pictures.difference(one, two));
        assertTrue(Pictures.difference(two, three) > 8, "2→3: " + Pictures.difference(two, three));
    }

    @Test
    void productNamesInEveryCjkScriptAreDrawnWholeAndNoFontsMissingCharacterBecomesABox() {
        for (String name : List.of("百炼椰汁 Coconut", "臺灣高山烏龍茶 禮盒裝", "설화수 윤조에센스", "宇治抹茶ラテ")) {
            Fonts.Drawable d = Fonts.of(name);
            assertEquals(name, d.text());
            assertEquals(-1, d.at(20).canDisplayUpTo(name), name);
        }
        assertEquals("茶 茶", Fonts.of("茶 \uE000茶").text(), "a private-use icon no font has is left out");
    }

    @Test
    void theUsersProductPhotoIsTheHeroOfProductShotsAndFrames() throws Exception {
        Path photo = dir.resolve("photo.png");
        ImageIO.write(Pictures.photo(400, 300), "png", photo.toFile());
        MediaAsset ref = MediaAsset.of(photo.toUri(), "image/png");
        for (String purpose : List.of("product", "frame:1", "frame:4")) {
            BufferedImage img = Pictures.read(painter().generate(request(purpose,
                    purpose.equals("frame:4") ? CTA_EN : FRAME_ZH, 1280, 720, List.of(ref))));
            assertTrue(Pictures.share(img, new Color(255, 0, 255), 12) > 0.01, purpose + " shows the photo");
            assertTrue(Pictures.share(img, new Color(0, 90, 80), 12) > 0.01, purpose + " shows the photo");
        }
        BufferedImage without = Pictures.read(painter().generate(request("product", FRAME_ZH, 1280, 720, List.of())));
        assertTrue(Pictures.share(without, new Color(255, 0, 255), 12) < 0.001);
    }

    @Test
    void aTransparentCutOutPhotoSitsOnTheWhiteCardNotOnBlack() throws Exception {
        BufferedImage cut = new BufferedImage(600, 600, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = cut.createGraphics();
        g.setColor(new Color(255, 0, 255));
        g.fillOval(150, 150, 300, 300);
        g.dispose();
        Path photo = dir.resolve("cut.png");
        ImageIO.write(cut, "png", photo.toFile());
        BufferedImage img = Pictures.read(painter().generate(request("product", "a jar", 1280, 720,
                List.of(MediaAsset.of(photo.toUri(), "image/png")))));
        assertTrue(Pictures.share(img, new Color(255, 0, 255), 12) > 0.02);
        assertTrue(Pictures.share(img, Color.BLACK, 10) < 0.001, "transparent pixels are not painted black");
    }

    @Test
    void photosAreReadFromDataAndHttpUris() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(Pictures.photo(300, 300), "png", png);
        MediaAsset data = MediaAsset.of(URI.create("data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png.toByteArray())), "image/png");
        BufferedImage fromData = Pictures.read(painter().generate(request("product", "a jar", 800, 800, List.of(data))));
        assertTrue(Pictures.share(fromData, new Color(255, 0, 255), 12) > 0.01);

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/p.png", ex -> {
            ex.sendResponseHeaders(200, png.size());
            ex.getResponseBody().write(png.toByteArray());
            ex.close();
        });
        server.start();
        try {
            MediaAsset http = MediaAsset.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/p.png"),
                    "image/png");
            BufferedImage fromHttp = Pictures.read(painter().generate(request("frame:1", FRAME_ZH, 800, 450,
                    List.of(http))));
            assertTrue(Pictures.share(fromHttp, new Color(255, 0, 255), 12) > 0.01);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aReferenceThatIsNotAPictureIsAClearError() throws Exception {
        Path bad = Files.writeString(dir.resolve("not-a-photo.png"), "hello");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> painter().generate(request("product",
                "a jar", 400, 400, List.of(MediaAsset.of(bad.toUri(), "image/png")))));
        assertTrue(e.getMessage().contains("not-a-photo.png"), e.getMessage());
    }

    @Test
    void framesDrawnWithRolePortraitsReuseTheirLook() {
        MediaAsset portrait = painter().generate(request("role:小夏", "小夏，女生，紫色连衣裙", 400, 600, List.of()));
        String greenFrame = "街头，小夏身穿绿色外套（女生）。小夏拿起“好物”。";
        BufferedImage plain = Pictures.read(painter().generate(request("frame:1", greenFrame, 800, 450, List.of())));
        BufferedImage withRef = Pictures.read(painter().generate(request("frame:1", greenFrame, 800, 450,
                List.of(portrait))));
        Color purple = new Color(0x8E44AD);
        assertTrue(Pictures.share(plain, purple, 16) < 0.002);
        assertTrue(Pictures.share(withRef, purple, 16) > 0.01, "the portrait's purple dress reappears");
    }
}
