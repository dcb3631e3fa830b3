package dev.filmgen.dashscope.internal;

import java.util.Locale;

/** How a DashScope picture model is called, decided from its name. */
public enum ImageFamily {
    /** {@code text2image/image-synthesis}, async; prompt only (wan2.x-t2i, wanx, qwen-image). */
    TEXT_TO_IMAGE(0, 0),
    /** {@code image2image/image-synthesis}, async; {@code input.images} 1–3 (wan2.5-i2i-preview). */
    WAN_I2I(1, 3),
    /** {@code image-generation/generation}, async; messages with 1–4 images (wan2.6-image). */
    WAN_IMAGE_MESSAGES(1, 4),
    /** Same protocol, 0–9 images (wan2.7-image, -pro). */
    WAN_IMAGE_MESSAGES_OPEN(0, 9),
    /** {@code multimodal-generation/generation}, synchronous; 1–3 images (qwen-image-edit, qwen-image-2.0). */
    QWEN_EDIT(1, 3);

    private final int minReferences;
    private final int maxReferences;

    ImageFamily(int minReferences, int maxReferences) {
        this.minReferences = minReferences;
        this.maxReferences = maxReferences;
    }

    public int minReferences() {
        return minReferences;
    }

    public int maxReferences() {
        return maxReferences;
    }

    /** Whether this family takes reference pictures at all. */
    public boolean acceptsReferences() {
        return maxReferences > 0;
    }

    /** The family of {@code model}. */
    public static ImageFamily of(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        if (m.startsWith("wan2.5-i2i")) {
            return WAN_I2I;
        }
        if (m.startsWith("wan2.6-image")) {
            return WAN_IMAGE_MESSAGES;
        }
        if (m.startsWith("wan2.7-image")) {
            return WAN_IMAGE_MESSAGES_OPEN;
        }
        if (m.startsWith("qwen-image-edit") || m.startsWith("qwen-image-2")) {
            return QWEN_EDIT;
        }
        return TEXT_TO_IMAGE;
    }
}
