package dev.filmgen.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.VisionRequest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineViewerTest {
    @TempDir
    Path dir;

    private MediaAsset save(BufferedImage img, String name) throws Exception {
        Path p = dir.resolve(name);
        ImageIO.write(img, "png", p.toFile());
        return MediaAsset.of(p.toUri(), "image/png");
    }

    private static BufferedImage redCanOnWhite() {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(0xD81E1E));
        g.fillRoundRect(250, 100, 300, 400, 60, 60);
        g.dispose();
        return img;
    }

    @Test
    void aRedProductOnWhiteReadsAsRedCutOutInChineseAndEnglish() throws Exception {
        MediaAsset a = save(redCanOnWhite(), "can.png");
        String zh = new OfflineViewer().describe(new VisionRequest("offline", a, "请描述这张产品图片"));
        assertTrue(zh.startsWith(OfflineViewer.LABEL_ZH), zh);
        assertTrue(zh.contains("800×600") && zh.contains("4:3"), zh);
        assertTrue(zh.contains("红色") && zh.contains("白色"), zh);
        assertTrue(zh.contains("抠图"), zh);
        String en = new OfflineViewer().describe(new VisionRequest("offline", a, "Describe the product photo"));
        assertTrue(en.startsWith(OfflineViewer.LABEL_EN), en);
        assertTrue(en.contains("red (") && en.contains("white ("), en);
        assertTrue(en.contains("cut-out"), en);
        assertTrue(en.indexOf("white (") < en.indexOf("red ("), "white covers more than red: " + en);
    }

    @Test
    void aBusyPhotoIsNotCalledACutOut() throws Exception {
        BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(1);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 400; x++) {
                img.setRGB(x, y, r.nextInt(0xFFFFFF));
            }
        }
        String en = new OfflineViewer().describe(new VisionRequest("offline", save(img, "busy.png"), "what is it"));
        assertTrue(en.contains("not a plain colour"), en);
        assertTrue(en.contains("square") && en.contains("1:1"), en);
    }

    @Test
    void aGeneratedRedPictureIsRed() throws Exception {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0xF03030), 320, 240, new Color(0xB01010)));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        String zh = new OfflineViewer().describe(new VisionRequest("offline", save(img, "red.png"), "这是什么"));
        assertTrue(zh.contains("主色：红色"), zh);
    }

    @Test
    void aPictureBeyondThePixelBudgetIsRefusedFromItsHeader() throws Exception {
        Path bomb = dev.filmgen.testing.BombPng.write(dir.resolve("bomb.png"), 25_000, 25_000);
        MediaAsset a = MediaAsset.of(bomb.toUri(), "image/png");
        dev.filmgen.error.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.filmgen.error.InvalidInputException.class,
                () -> new OfflineViewer().describe(new VisionRequest("offline", a, "describe")));
        assertTrue(e.getMessage().contains("25000×25000 pixels"), e.getMessage());
    }

    @Test
    void aLargePictureIsMeasuredSubsampledButReportedAtItsTrueSize() throws Exception {
        Path big = dev.filmgen.testing.BombPng.write(dir.resolve("big.png"), 6_000, 4_500);
        String en = new OfflineViewer().describe(new VisionRequest("offline", MediaAsset.of(big.toUri(), "image/png"),
                "Describe the product photo"));
        assertTrue(en.contains("6000×4500") && en.contains("4:3") && en.contains("black"), en);
    }
}
