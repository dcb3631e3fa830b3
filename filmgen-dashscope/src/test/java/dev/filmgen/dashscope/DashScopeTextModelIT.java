package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** qwen-max against the real service; skipped without {@code DASHSCOPE_API_KEY}. */
class DashScopeTextModelIT {
    @Test
    void streamsAShortAnswerWithUsage() {
        DashScopeModels models = LiveService.models();
        List<String> deltas = new ArrayList<>();

        TextResponse r = models.text().chat(new TextRequest("qwen-max", List.of(
                ChatMessage.user("Reply with exactly three words describing a kettle.")), 0.2, 1L, 50, "IT", Map.of()),
                deltas::add);

        assertFalse(r.text().isBlank());
        assertEquals(r.text(), String.join("", deltas));
        assertTrue(r.usage().inputTokens() > 0 && r.usage().outputTokens() > 0, r.usage().toString());
    }
}
