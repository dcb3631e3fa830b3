package dev.filmgen.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.RateLimitedException;
import dev.filmgen.intent.Intent.Edit;
import dev.filmgen.intent.Intent.Target;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LlmClassifierTest {
    private final List<TextRequest> requests = new ArrayList<>();

    private LlmClassifier answering(String answer) {
        return LlmClassifier.builder().model((req, deltas) -> {
            requests.add(req);
            return new TextResponse(answer, Usage.NONE);
        }).modelName("qwen-max").build();
    }

    static Stream<Arguments> usableAnswers() {
        String words = "the words";
        return Stream.of(
                Arguments.of("{\"intent\":\"run_stage\",\"stage\":\"Storyboard\"}", new Intent.RunStage(Stage.STORYBOARD)),
                Arguments.of("```json\n{\"intent\": \"next\"}\n```", new Intent.Next()),
                Arguments.of("Sure! {\"intent\":\"repeat\"}", new Intent.Repeat()),
                Arguments.of("{\"intent\":\"make_film\"}", new Intent.MakeFilm()),
                Arguments.of("{\"intent\":\"new_topic\",\"topic\":\"冷萃咖啡\"}", new Intent.NewTopic("冷萃咖啡", null)),
                Arguments.of("{\"intent\":\"chat\",\"reply\":\"Hi!\"}", new Intent.Chat("Hi!")),
                Arguments.of("{\"intent\":\"regenerate\",\"stage\":\"Video\",\"board\":3}", new Intent.Regenerate(Stage.VIDEO, 2)),
                Arguments.of("{\"intent\":\"regenerate\",\"stage\":\"RoleImage\",\"role\":\"son\"}",
                        new Intent.Regenerate(Stage.ROLE_IMAGE, 1)),
                Arguments.of("{\"intent\":\"edit\",\"target\":\"board\",\"board\":2,\"field\":\"narration\",\"value\":\"Hi\"}",
                        new Edit(Target.BOARD, 1, null, "narration", "Hi", words)),
                Arguments.of("{\"intent\":\"edit\",\"target\":\"role\",\"role\":\"MOTHER\",\"field\":\"clothes\",\"value\":\"red\"}",
                        new Edit(Target.ROLE, -1, "Mother", "clothes", "red", words)),
                Arguments.of("{\"intent\":\"edit\",\"target\":\"line\",\"role\":\"narrator\",\"field\":\"voice\",\"value\":\"Cherry\"}",
                        new Edit(Target.LINE, -1, "narrator", "voice", "Cherry", words)),
                Arguments.of("{\"intent\":\"edit\",\"target\":\"frame\",\"board\":4,\"field\":\"style\",\"value\":null}",
                        new Edit(Target.FRAME, 3, null, "style", null, words)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usableAnswers")
    void usesAValidAnswer(String answer, Intent expected) {
        assertEquals(expected, answering(answer).classify(UserMessage.of("the words"), RuleClassifierTest.session()));
        assertEquals("intent", requests.get(0).purpose());
        assertTrue(requests.get(0).messages().get(1).text().contains("characters=[Mother, Son, 小美]"));
    }

    static Stream<String> unusableAnswers() {
        return Stream.of("I think they want the storyboard", "{\"intent\":\"dance\"}", "{\"intent\":\"run_stage\",\"stage\":\"Cartoon\"}",
                "{\"intent\":\"edit\",\"target\":\"board\",\"board\":9,\"field\":\"narration\"}",
                "{\"intent\":\"edit\",\"target\":\"board\",\"board\":1,\"field\":\"colour\"}",
                "{\"intent\":\"edit\",\"target\":\"role\",\"role\":\"Uncle Bob\",\"field\":\"clothes\"}",
                "{\"intent\":\"edit\",\"target\":\"galaxy\",\"field\":\"x\"}", "{\"intent\":\"chat\"}", "{broken json", "");
    }

    @ParameterizedTest(name = "answer [{0}]")
    @MethodSource("unusableAnswers")
    void fallsBackToTheRulesWhenTheAnswerIsUnusable(String answer) {
        Intent got = answering(answer).classify(UserMessage.of("把分镜2的旁白改成椰香"), RuleClassifierTest.session());
        assertEquals(new Edit(Target.BOARD, 1, null, "narration", "椰香", "把分镜2的旁白改成椰香"), got);
        assertEquals(1, requests.size());
    }

    @Test
    void fallsBackWhenTheModelFails() {
        LlmClassifier c = LlmClassifier.builder().model((req, d) -> {
            throw new RateLimitedException("429 Throttling", null);
        }).build();
        assertEquals(new Intent.Next(), c.classify(UserMessage.of("继续"), RuleClassifierTest.session()));
    }

    @Test
    void explicitTypesNeverReachTheModel() {
        LlmClassifier c = answering("{\"intent\":\"make_film\"}");
        assertEquals(new Intent.RunStage(Stage.AUDIO), c.classify(new UserMessage("x", "Audio", null), RuleClassifierTest.session()));
        assertEquals(new Intent.Next(), c.classify(new UserMessage("", "NextStage", null), RuleClassifierTest.session()));
        assertTrue(requests.isEmpty());
    }

    @Test
    void withoutATopicTheRulesStartOneWithoutAskingTheModel() {
        LlmClassifier c = answering("{\"intent\":\"make_film\"}");
        FilmSession empty = FilmSession.create("new", java.time.Instant.EPOCH);
        assertEquals(new Intent.NewTopic("百炼椰汁", null), c.classify(UserMessage.of("百炼椰汁"), empty));
        assertTrue(requests.isEmpty());
    }

    @Test
    void builderNamesTheMissingModel() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> LlmClassifier.builder().build());
        assertEquals("model", e.getMessage());
    }
}
