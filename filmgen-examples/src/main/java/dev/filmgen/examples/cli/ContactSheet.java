package dev.filmgen.examples.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a storyboard contact sheet: every board's first frame in a grid with its narration
 * underneath, so a person can check the film's story at a glance; a frame the vision check judged carries its
 * score in a badge (green at or above the minimum, orange below).
 */
public final class ContactSheet {

    /**
     * One cell.
     *
     * @param frame the board's first frame, or null when it failed
     * @param narration the board's narration
     * @param score the judge's score of the frame (0–10), or null when it was not judged
     * @param minScore the score the judge asked for
     */
    public record Cell(BufferedImage frame, String narration, Double score, double minScore) {
        /** A cell without a score. */
        public Cell(BufferedImage frame, String narration) {
            this(frame, narration, null, 0);
        }
    }

    /** Badge colours: the score reached the minimum, or it did not. */
    static final Color PASSED = new Color(0x2E7D32);
    static final Color BELOW = new Color(0xE65100);

    static final int CELL_WIDTH = 480;
    static final int COLUMNS = 4;
    static final int PAD = 16;
    private static final int TEXT_LINES = 3;
    private static final int LINE_HEIGHT = 28;

    private final Font font;

    /** A sheet drawn with {@code font} (use one that can draw the narration's script). */
    public ContactSheet(Font font) {
        this.font = font.deriveFont(Font.PLAIN, 20f);
    }

    /** Renders the cells (up to four per row) and writes a PNG atomically. */
    public void write(List<Cell> cells, Path png) throws IOException {
        BufferedImage sheet = render(cells);
        Path tmp = png.resolveSibling("." + png.getFileName() + ".tmp");
        try {
            ImageIO.write(sheet, "png", tmp.toFile());
            Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    BufferedImage render(List<Cell> cells) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a contact sheet needs at least one board");
        }
        int cols = Math.min(COLUMNS, cells.size());
        int rows = (cells.size() + cols - 1) / cols;
        int frameHeight = frameHeight(cells);
        int lineHeight = LINE_HEIGHT;
        int cellHeight = cellHeight(frameHeight);
        int width = cols * CELL_WIDTH + (cols + 1) * PAD;
        int height = rows * cellHeight + (rows + 1) * PAD;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(new Color(0xF4F1EC));
            g.fillRect(0, 0, width, height);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            for (int i = 0; i < cells.size(); i++) {
                int x = PAD + (i % cols) * (CELL_WIDTH + PAD);
                int y = PAD + (i / cols) * (cellHeight + PAD);
                Cell cell = cells.get(i);
                if (cell.frame() != null) {
                    g.drawImage(cell.frame(), x, y, CELL_WIDTH, frameHeight, null);
                } else {
                    g.setColor(new Color(0x999999));
                    g.fillRect(x, y, CELL_WIDTH, frameHeight);
                }
                if (cell.score() != null) {
                    badge(g, fm, cell, x + CELL_WIDTH, y);
                }
                g.setColor(new Color(0x222222));
                g.drawString("#" + (i + 1), x, y + frameHeight + PAD + fm.getAscent() - 4);
                int ty = y + frameHeight + PAD + lineHeight + fm.getAscent() - 4;
                for (String line : wrap(cell.narration() == null ? "" : cell.narration(), fm, CELL_WIDTH)) {
                    g.drawString(line, x, ty);
                    ty += lineHeight;
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The score ("8/10", "7.5/10") in a rounded badge at the frame's top-right corner ({@code right}, {@code top}). */
    private static void badge(Graphics2D g, FontMetrics fm, Cell cell, int right, int top) {
        double s = cell.score();
        String text = (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + "/10";
        int w = fm.stringWidth(text) + 16;
        int h = fm.getHeight() + 4;
        int x = right - w - 6;
        int y = top + 6;
        g.setColor(s >= cell.minScore() ? PASSED : BELOW);
        g.fillRoundRect(x, y, w, h, 12, 12);
        g.setColor(Color.WHITE);
        g.drawString(text, x + 8, y + 2 + fm.getAscent());
    }

    /** Height of one cell: the frame, then the board number and up to three lines of narration. */
    static int cellHeight(int frameHeight) {
        return frameHeight + PAD + (TEXT_LINES + 1) * LINE_HEIGHT;
    }

    private static int frameHeight(List<Cell> cells) {
        for (Cell c : cells) {
            if (c.frame() != null) {
                return Math.max(1, CELL_WIDTH * c.frame().getHeight() / c.frame().getWidth());
            }
        }
        return CELL_WIDTH * 9 / 16;
    }

    /** Wraps text to the width: CJK may break anywhere, Latin only at spaces; at most three lines. */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : text.split("(?<=\\s)|(?=\\p{IsHan})|(?<=\\p{IsHan})|(?<=\\p{P})")) {
            if (fm.stringWidth(line + token) > width && line.length() > 0) {
                lines.add(line.toString().strip());
                line.setLength(0);
                if (lines.size() == TEXT_LINES) {
                    break;
                }
            }
            line.append(token);
        }
        if (lines.size() < TEXT_LINES && line.length() > 0) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
