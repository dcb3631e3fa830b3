package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.VideoRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** wan2.2-i2v-plus at 480P from a freshly painted frame (paid, several minutes); skipped without a key. */
class DashScopeVideoModelIT {
    @Test
    void animatesAFirstFrameIntoAClip() {
        DashScopeModels models = LiveService.models();
        MediaAsset frame = models.image().generate(new ImageRequest("wan2.2-t2i-plus",
                "A red kettle on a wooden table, studio light", null, 1280, 720, List.of(), 3L, Map.of(), "IT frame"));

        MediaAsset clip = models.video().generate(new VideoRequest("wan2.2-i2v-plus", frame,
                "slow push-in towards the kettle as steam rises", "480P", 5, 3L, Map.of(), "IT clip"));

        assertEquals("video/mp4", clip.mediaType());
        assertTrue(clip.uri().getScheme().startsWith("http"), clip.uri().toString());
    }
}
