package dev.filmgen.offline.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A camera move over a still: the still is scaled once to a slightly larger plate, then every frame crops a
 * window of it (eased, sub-pixel) and scales that window to the frame with bilinear interpolation.
 */
public final class Motion {
    /** How much larger than the frame the plate is: the room a move has. */
    public static final double MARGIN = 1.16;

    private final CameraMove move;
    private final BufferedImage plate;
    private final int width;
    private final int height;

    public Motion(BufferedImage still, CameraMove move, int width, int height) {
        this.move = move;
        this.width = width;
        this.height = height;
        this.plate = plate(still, (int) Math.ceil(width * MARGIN), (int) Math.ceil(height * MARGIN));
    }

    /** Ease-in-out (smoothstep of smoothstep's slope): gentle start and stop. */
    public static double ease(double t) {
        double x = Math.max(0, Math.min(1, t));
        return x * x * x * (x * (x * 6 - 15) + 10);
    }

    /** A frame buffer of the right size and type for {@link #render}. */
    public BufferedImage newFrame() {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Renders the frame at progress {@code t} in [0, 1] into {@code frame} and returns it. */
    public BufferedImage render(double t, BufferedImage frame) {
        double e = ease(t);
        double pw = plate.getWidth();
        double ph = plate.getHeight();
        double zoom;
        double cx = 0.5;
        double cy = 0.5;
        switch (move) {
            case PUSH_IN -> zoom = 1 + (MARGIN - 1) * e;
            case PULL_OUT -> zoom = MARGIN - (MARGIN - 1) * e;
            case PAN_LEFT -> {
                zoom = MARGIN;
                cx = 0.5 + (0.5 - e) * (1 - 1 / MARGIN);
            }
            case PAN_RIGHT -> {
                zoom = MARGIN;
                cx = 0.5 - (0.5 - e) * (1 - 1 / MARGIN);
            }
            case TILT_UP -> {
                zoom = MARGIN;
                cy = 0.5 + (0.5 - e) * (1 - 1 / MARGIN);
            }
            case TILT_DOWN -> {
                zoom = MARGIN;
                cy = 0.5 - (0.5 - e) * (1 - 1 / MARGIN);
            }
            default -> zoom = MARGIN;
        }
        double cw = pw / zoom;
        double ch = ph / zoom;
        double x0 = Math.max(0, Math.min(pw - cw, cx * pw - cw / 2));
        double y0 = Math.max(0, Math.min(ph - ch, cy * ph - ch / 2));
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform at = AffineTransform.getScaleInstance(width / cw, height / ch);
            at.translate(-x0, -y0);
            g.drawImage(plate, at, null);
        } finally {
            g.dispose();
        }
        return frame;
    }

    /** {@code src} scaled to {@code w}x{@code h}: halved while far larger, then one bicubic step. */
    public static BufferedImage plate(BufferedImage still, int w, int h) {
        BufferedImage src = still;
        // halve first while far larger, so the final bilinear step samples well
        while (src.getWidth() >= w * 2 && src.getHeight() >= h * 2) {
            src = scale(src, src.getWidth() / 2, src.getHeight() / 2);
        }
        return scale(src, w, h);
    }

    private static BufferedImage scale(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
