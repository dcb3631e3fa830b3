package dev.filmgen.dashscope.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LimitsTest {
    @Test
    void wanSizesStayWithinSidesAndPixelsKeepingTheAspect() {
        assertEquals("1280*720", ImageSizes.sizeFor("wan2.2-t2i-plus", 1280, 720));
        assertEquals("1440*810", ImageSizes.sizeFor("wan2.2-t2i-plus", 1920, 1080));
        assertEquals("720*1280", ImageSizes.sizeFor("wan2.2-t2i-plus", 720, 1280));
        assertEquals("1024*1024", ImageSizes.sizeFor("wan2.2-t2i-plus", 1024, 1024));
        assertEquals("910*512", ImageSizes.sizeFor("wan2.2-t2i-plus", 320, 180));
        assertEquals("1440*1440", ImageSizes.sizeFor("wan2.2-t2i-plus", 4000, 4000));
    }

    @Test
    void extremeAspectsAreClampedToTheSideLimits() {
        assertEquals("1440*512", ImageSizes.sizeFor("wan2.2-t2i-plus", 4000, 500));
    }

    @Test
    void qwenImageTakesTheNearestFixedSize() {
        assertEquals("1664*928", ImageSizes.sizeFor("qwen-image-plus", 1280, 720));
        assertEquals("1328*1328", ImageSizes.sizeFor("qwen-image", 800, 800));
        assertEquals("928*1664", ImageSizes.sizeFor("qwen-image", 720, 1280));
    }

    @Test
    void videoTiersAndDurationsSnapToWhatTheModelTakes() {
        assertEquals("1080P", VideoLimits.resolution("wan2.2-i2v-plus", "1080p"));
        assertEquals("480P", VideoLimits.resolution("wan2.2-i2v-plus", "720P"));
        assertEquals("720P", VideoLimits.resolution("wan2.5-i2v-preview", "720P"));
        assertEquals(null, VideoLimits.resolution("wan2.2-i2v-plus", null));
        assertEquals(5, VideoLimits.duration("wan2.2-i2v-plus", 8));
        assertEquals(10, VideoLimits.duration("wan2.5-i2v-preview", 9));
        assertEquals(15, VideoLimits.duration("wan2.6-i2v", 14));
        assertEquals(7, VideoLimits.duration("wan2.6-i2v-flash", 7));
    }

    @Test
    void seedsFoldIntoTheServiceRange() {
        assertEquals(42, Options.seed(42L));
        assertEquals(2147483647, Options.seed(-1L));
        assertEquals(0, Options.seed(2147483648L));
        assertEquals(null, Options.seed(null));
    }
}
