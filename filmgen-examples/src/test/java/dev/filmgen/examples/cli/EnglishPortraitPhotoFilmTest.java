package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Board;
import dev.filmgen.stages.internal.ProductMentions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** {@code filmgen --image photo.png --aspect 9:16 "Sparkling lemon tea"} offline. */
class EnglishPortraitPhotoFilmTest extends OfflineFilmContract {
    private static final Color MAGENTA = new Color(0xFF00FF);
    private static final Color CYAN = new Color(0x00FFFF);

    @Override
    String topic() {
        return "Sparkling lemon tea";
    }

    @Override
    List<String> extraArgs() throws IOException {
        return List.of("--aspect", "9:16", "--image", photo(dir.resolve("photo.png")).toString());
    }

    @Override
    boolean voiceAvailable() {
        return onPath("espeak-ng") || classPresent("com.sun.speech.freetts.VoiceManager");
    }

    /** A 256x256 checkerboard of magenta and cyan, colours no offline picture uses. */
    static Path photo(Path file) throws IOException {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                g.setColor((x + y) % 2 == 0 ? MAGENTA : CYAN);
                g.fillRect(x * 64, y * 64, 64, 64);
            }
        }
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void filmAndFramesArePortrait() {
        assertTrue(info.video().orElseThrow().height() > info.video().orElseThrow().width(), info.toString());
        for (int i = 0; i < session.boards().size(); i++) {
            BufferedImage frame = firstFrame(i);
            assertTrue(frame.getHeight() > frame.getWidth(), "board " + (i + 1) + " frame is not portrait");
        }
    }

    @Test
    void productPhotoAppearsInEveryProductShot() {
        int shots = 0;
        for (Board b : session.boards()) {
            if (ProductMentions.isProductShot(b, session.script())) {
                shots++;
                BufferedImage frame = firstFrame(b.index());
                double magenta = share(frame, MAGENTA);
                double cyan = share(frame, CYAN);
                assertTrue(magenta > 0.005 && cyan > 0.005, "board " + (b.index() + 1)
                        + " is a product shot without the photo: magenta " + magenta + ", cyan " + cyan);
            }
        }
        assertTrue(shots > 0, "no board is a product shot");
        for (Board b : session.boards()) {
            if (ProductMentions.isProductShot(b, session.script())) {
                assertTrue(Boolean.TRUE.equals(session.frameChecks().get(b.index()).kept().verdict().productPresent()),
                        "the offline judge found the photo's colours in product shot " + (b.index() + 1) + ": "
                                + session.frameChecks().get(b.index()));
            }
        }
        assertFalse(session.productInsight() == null || session.productInsight().isBlank(),
                "the photo was not looked at");
    }

    /** Share of pixels within a small distance of {@code c}. */
    private static double share(BufferedImage img, Color c) {
        long hits = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) < 40 && Math.abs(p.getGreen() - c.getGreen()) < 40
                        && Math.abs(p.getBlue() - c.getBlue()) < 40) {
                    hits++;
                }
            }
        }
        return hits / (double) (img.getWidth() * img.getHeight());
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, EnglishPortraitPhotoFilmTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
