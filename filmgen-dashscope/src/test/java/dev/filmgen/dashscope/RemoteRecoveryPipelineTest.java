package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.Topic;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A film against the stand-in Bailian recovers from what a real account meets: a clip task that ends FAILED on the
 * provider's side is submitted once more, a picture prompt the content check refuses is rewritten once by the text
 * model, and a prompt longer than the model takes (wan2.2-t2i-plus: 500 characters) is shortened before it is sent.
 */
class RemoteRecoveryPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    @TempDir
    Path work;

    private static FakeBailianMedia media;

    @BeforeAll
    static void makeMedia() {
        media = FakeBailianMedia.make(shared);
    }

    private final List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());

    private TurnResult film(FakeBailianFilm film, FilmConfig config) {
        try (FilmAgent agent = film.agent(work, LocalStorage.builder().root(work.resolve("store")).build(), config)) {
            return agent.generate("recovery", Topic.of("a red kettle for busy mornings"), events::add);
        }
    }

    private List<String> notices() {
        synchronized (events) {
            return events.stream().filter(e -> e instanceof FilmEvent.Notice)
                    .map(e -> ((FilmEvent.Notice) e).message()).toList();
        }
    }

    private static List<String> prompts(FakeBailianFilm film, String path) throws Exception {
        List<String> out = new ArrayList<>();
        for (LoggedRequest r : film.serverRequests(path)) {
            var input = JSON.readTree(r.getBodyAsString()).path("input");
            if (input.has("prompt")) {
                out.add(input.path("prompt").asText());
            }
            input.path("messages").forEach(m -> m.path("content").forEach(c -> {
                if (c.has("text")) {
                    out.add(c.path("text").asText());
                }
            }));
        }
        return out;
    }

    @Test
    void aClipTaskThatFailedOnBailiansSideIsSubmittedOnceMoreAndTheFilmIsMade() {
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder()
                .failTask("wan2.2-i2v-plus", 1, "InternalError.Algo").build(), media)) {
            TurnResult r = film(film, FakeBailianFilm.config(2, null, null));

            assertTrue(r.ok(), r.reply());
            assertEquals(3, film.fake().accepted("wan2.2-i2v-plus"), "two clips and one resubmission");
            assertTrue(notices().stream().anyMatch(n -> n.contains("InternalError.Algo")
                    && n.contains("submitted once more")), notices().toString());
            assertTrue(r.session().film() != null, "the film was composed");
        }
    }

    @Test
    void aClipTaskFailingTwiceFailsItsBoardAfterOneResubmission() {
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder()
                .failTask("wan2.2-i2v-plus", 1, "InternalError").failTask("wan2.2-i2v-plus", 2, "InternalError")
                .build(), media)) {
            TurnResult r = film(film, FakeBailianFilm.config(1, null, null));

            assertFalse(r.ok());
            assertEquals(2, film.fake().accepted("wan2.2-i2v-plus"), "submitted twice, never more");
            assertTrue(r.failures().stream().anyMatch(f -> f.stage() == Stage.VIDEO
                    && f.getMessage().contains("InternalError")), r.reply());
        }
    }

    @Test
    void aFramePromptTheContentCheckRefusesIsRewrittenOnceAndTheFilmIsMade() throws Exception {
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder().moderate("frame 1,")
                .rewriteAnswer(p -> "The red kettle in the kitchen, morning light, bright advertising photograph")
                .build(), media)) {
            TurnResult r = film(film, FakeBailianFilm.config(2, null, null));

            assertTrue(r.ok(), r.reply());
            assertTrue(notices().stream().anyMatch(n -> n.contains("board 1's first frame")
                    && n.contains("DataInspectionFailed") && n.contains("rewritten")), notices().toString());
            List<String> sent = prompts(film, FakeBailian.IMAGE_GENERATION);
            sent.addAll(prompts(film, FakeBailian.T2I));
            assertTrue(sent.stream().anyMatch(p -> p.contains("bright advertising photograph")), sent.toString());
        }
    }

    @Test
    void aFramePromptRefusedAgainAfterItsRewriteFailsTheBoardNamingBoardAndReason() {
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder().moderate("frame 1,")
                .rewriteAnswer(p -> "The red kettle, frame 1, in softer light").build(), media)) {
            TurnResult r = film(film, FakeBailianFilm.config(2, null, null));

            assertFalse(r.ok());
            assertTrue(r.failures().stream().anyMatch(f -> f.stage() == Stage.FIRST_FRAME_IMAGE
                    && f.getMessage().contains("board 1's first frame") && f.getMessage().contains("DataInspectionFailed")
                    && f.getMessage().contains("rewritten once")), r.reply());
            assertEquals(0, film.fake().requests().stream().filter(q -> q.equals("POST wan2.2-i2v-plus")).count()
                    - 1, "only board 2's clip was made");
        }
    }

    @Test
    void aFramePromptLongerThanTheModelTakesIsShortenedKeepingSubjectAndStyle() throws Exception {
        FilmConfig d = FakeBailianFilm.config(2, null, null);
        java.util.Map<Stage, StageConfig> stages = new java.util.EnumMap<>(d.stages());
        stages.put(Stage.FIRST_FRAME_IMAGE, new StageConfig("wan2.2-t2i-plus", null, null,
                java.util.Map.of(StageConfig.REFERENCE_MODEL, StageConfig.NONE, StageConfig.JUDGE_MODEL, StageConfig.NONE)));
        FilmConfig textToImage = new FilmConfig(stages, d.intentModel(), 2, 1, d.aspect(), d.clipSeconds(), 5L,
                d.filmStyle());
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder().frameSentences(14).build(), media)) {
            TurnResult r = film(film, textToImage);

            assertTrue(r.ok(), r.reply());
            List<String> frames = prompts(film, FakeBailian.T2I).stream()
                    .filter(p -> p.contains("The red kettle in the kitchen, frame")).toList();
            assertFalse(frames.isEmpty(), "no first frame went to wan2.2-t2i-plus: " + prompts(film, FakeBailian.T2I));
            for (String p : frames) {
                assertTrue(p.length() <= 500, "wan2.2-t2i-plus takes 500 characters, was " + p.length() + ": " + p);
                assertTrue(p.contains("morning light.") && p.contains("Curtains sway"), p);
                assertTrue(p.endsWith("crisp detail, uncluttered composition."), "the style words stay: " + p);
            }
        }
    }
}
