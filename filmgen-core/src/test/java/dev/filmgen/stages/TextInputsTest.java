package dev.filmgen.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.handler.Handler;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.TextRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.ContractTextModel;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each text stage's typed input feeds its prompt and its request attributes: the attributes are exactly the
 * text contract's ({@code docs/text-formats.md}), and every stage-specific value the request carries is also
 * what the prompt says.
 */
class TextInputsTest {
    private static final Set<String> BASICS = Set.of("language", "topic", "seed");
    private static final Map<Stage, Set<String>> CONTRACT = Map.of(
            Stage.SCRIPT, Set.of("product_insight"),
            Stage.STORYBOARD, Set.of("max_boards", "max_roles", "script_json"),
            Stage.ROLE_DESCRIPTION, Set.of("max_roles", "script_json", "boards_json"),
            Stage.FIRST_FRAME_DESCRIPTION, Set.of("script_json", "boards_json", "roles_json"),
            Stage.VIDEO_DESCRIPTION, Set.of("script_json", "boards_json", "roles_json", "frames_json"),
            Stage.LINE, Set.of("script_json", "boards_json", "voices"));

    @Test
    void everyTextStageCarriesExactlyTheContractsAttributesAndSaysTheSameInItsPrompt() {
        FilmSession s = Fixtures.afterFrames();
        s = s.toBuilder().topic(new Topic(s.topic().text(), MediaAsset.of(URI.create("fake://photo.png"), "image/png")))
                .build();
        FakeStageContext ctx = new FakeStageContext(s).config(Fixtures.config(4, 2, "16:9", 7L))
                .textModel(new ContractTextModel()).visionAnswer("A slim blue steel bottle.");
        Map<Stage, Handler> handlers = BuiltinHandlers.all();

        for (Stage stage : Stage.values()) {
            if (!CONTRACT.containsKey(stage)) {
                continue;
            }
            ctx.on(stage);
            handlers.get(stage).handle(ctx);
            TextRequest r = ctx.textRequests(stage.wireName()).get(0);

            Set<String> expected = new java.util.HashSet<>(BASICS);
            expected.addAll(CONTRACT.get(stage));
            assertEquals(expected, r.attributes().keySet(), stage + " attributes");
            assertEquals("en", r.attributes().get("language"));
            assertEquals("7", r.attributes().get("seed"));
            assertEquals(s.topic().text(), r.attributes().get("topic"));
            String prompt = r.messages().stream().map(ChatMessage::text).collect(Collectors.joining("\n"));
            for (String key : CONTRACT.get(stage)) {
                String value = r.attributes().get(key);
                assertTrue(prompt.contains(value), stage + ": the prompt does not say " + key + " = " + value);
            }
        }
    }
}
