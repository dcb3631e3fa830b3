package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.VisionRequest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** qvq-max on a locally drawn picture sent inline; skipped without {@code DASHSCOPE_API_KEY}. */
class DashScopeVisionModelIT {
    @TempDir
    Path tmp;

    @Test
    void describesAnInlinePicture() throws Exception {
        DashScopeModels models = LiveService.models();
        BufferedImage img = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 360);
        g.setColor(Color.RED);
        g.fillOval(140, 80, 200, 200);
        g.dispose();
        Path png = tmp.resolve("circle.png");
        ImageIO.write(img, "png", png.toFile());

        String answer = models.vision().describe(new VisionRequest("qvq-max",
                MediaAsset.of(png.toUri(), "image/png"), "What shape and colour do you see? Answer in five words."));

        assertFalse(answer.isBlank());
        assertFalse(Files.size(png) == 0);
    }
}
