package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.TaskJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** wan2.2-t2i-plus against the real service (paid, 1–3 minutes); skipped without {@code DASHSCOPE_API_KEY}. */
class DashScopeImageModelIT {
    @Test
    void paintsOnePictureAndJournalsItsTask() {
        DashScopeModels models = LiveService.models();
        List<String> submitted = new ArrayList<>();
        TaskJournal journal = new TaskJournal() {
            @Override
            public Optional<String> pendingTaskId() {
                return Optional.empty();
            }

            @Override
            public void submitted(String taskId) {
                submitted.add(taskId);
            }
        };

        MediaAsset image = models.image().generate(new ImageRequest("wan2.2-t2i-plus",
                "A brushed steel electric kettle on a white marble counter, soft morning light", null, 1280, 720,
                List.of(), 7L, Map.of("prompt_extend", false, "watermark", false), "IT"), journal);

        assertEquals(1, submitted.size());
        assertTrue(image.uri().getScheme().startsWith("http"), image.uri().toString());
        assertEquals(1280, image.width());
    }
}
