package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetTest {
    @TempDir
    Path dir;

    @Test
    void aJudgedFrameCarriesItsScoreGreenAtTheMinimumAndOrangeBelowIt() {
        BufferedImage grey = solid(640, 360, Color.GRAY);
        BufferedImage sheet = new ContactSheet(Outputs.font()).render(List.of(
                new ContactSheet.Cell(grey, "passed", 8.0, 6), new ContactSheet.Cell(grey, "below", 4.5, 6),
                new ContactSheet.Cell(grey, "not judged")));
        int top = ContactSheet.PAD + 10;
        for (int i = 0; i < 3; i++) {
            int right = ContactSheet.PAD + i * (ContactSheet.CELL_WIDTH + ContactSheet.PAD) + ContactSheet.CELL_WIDTH;
            int badge = countColour(sheet, right - 90, top, right - 4, top + 20, i == 0 ? ContactSheet.PASSED
                    : ContactSheet.BELOW);
            if (i == 2) {
                assertEquals(0, countColour(sheet, right - 90, top, right - 4, top + 20, ContactSheet.PASSED)
                        + countColour(sheet, right - 90, top, right - 4, top + 20, ContactSheet.BELOW), "no badge");
            } else {
                assertTrue(badge > 200, "cell " + (i + 1) + " badge pixels: " + badge);
            }
        }
    }

    private static int countColour(BufferedImage img, int x0, int y0, int x1, int y1, Color c) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void sixBoardsMakeTwoRowsOfFourColumnsEachShowingItsFrame() throws IOException {
        List<ContactSheet.Cell> cells = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cells.add(new ContactSheet.Cell(solid(640, 360, Color.getHSBColor(i / 6f, 0.9f, 0.9f)), "board " + i));
        }
        Path png = dir.resolve("sheet.png");
        new ContactSheet(Outputs.font()).write(cells, png);
        BufferedImage sheet = ImageIO.read(png.toFile());
        int frameHeight = ContactSheet.CELL_WIDTH * 360 / 640;
        int cellHeight = ContactSheet.cellHeight(frameHeight);
        assertEquals(4 * ContactSheet.CELL_WIDTH + 5 * ContactSheet.PAD, sheet.getWidth());
        assertEquals(2 * cellHeight + 3 * ContactSheet.PAD, sheet.getHeight());
        for (int i = 0; i < 6; i++) {
            int x = ContactSheet.PAD + (i % 4) * (ContactSheet.CELL_WIDTH + ContactSheet.PAD) + ContactSheet.CELL_WIDTH / 2;
            int y = ContactSheet.PAD + (i / 4) * (cellHeight + ContactSheet.PAD) + frameHeight / 2;
            assertEquals(cells.get(i).frame().getRGB(0, 0), sheet.getRGB(x, y), "cell " + (i + 1));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aMissingFrameLeavesAGreyCellAndPortraitFramesKeepTheirShape() {
        BufferedImage sheet = new ContactSheet(Outputs.font()).render(List.of(
                new ContactSheet.Cell(solid(360, 640, Color.RED), "竖屏"), new ContactSheet.Cell(null, "failed")));
        int frameHeight = ContactSheet.CELL_WIDTH * 640 / 360;
        assertEquals(2 * ContactSheet.CELL_WIDTH + 3 * ContactSheet.PAD, sheet.getWidth());
        assertEquals(ContactSheet.cellHeight(frameHeight) + 2 * ContactSheet.PAD, sheet.getHeight());
        int x = 2 * ContactSheet.PAD + ContactSheet.CELL_WIDTH + 10;
        assertEquals(0x999999, sheet.getRGB(x, ContactSheet.PAD + 10) & 0xFFFFFF);
    }

    @Test
    void chineseWrapsAnywhereEnglishAtSpacesAtMostThreeLines() {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setFont(Outputs.font().deriveFont(20f));
        FontMetrics fm = g.getFontMetrics();
        List<String> zh = ContactSheet.wrap("椰".repeat(100), fm, 200);
        assertEquals(3, zh.size());
        zh.forEach(line -> assertTrue(fm.stringWidth(line) <= 200, line));
        List<String> en = ContactSheet.wrap("Fresh coconut water from sunny beaches every day", fm, 200);
        assertTrue(en.size() > 1);
        en.forEach(line -> assertTrue(!line.startsWith(" ") && fm.stringWidth(line) <= 200, line));
        assertEquals("Fresh coconut water from sunny beaches every day", String.join(" ", en));
        g.dispose();
    }

    private static BufferedImage solid(int w, int h, Color c) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }
}
