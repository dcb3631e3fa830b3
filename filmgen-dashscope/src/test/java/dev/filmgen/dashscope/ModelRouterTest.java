package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.Billed;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Units;
import dev.filmgen.model.Usage;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionModel;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.stage.Stage;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelRouterTest {
    private static ModelSet provider(String name) {
        return new ModelSet((req, deltas) -> {
            deltas.accept(name);
            return new TextResponse(name + ":" + req.model(), Usage.NONE);
        }, (req, journal) -> MediaAsset.of(URI.create("https://" + name + ".example/" + req.model()), "image/png"),
                (req, journal) -> MediaAsset.of(URI.create("https://" + name + ".example/clip"), "video/mp4"),
                req -> MediaAsset.of(URI.create("https://" + name + ".example/voice"), "audio/wav"),
                req -> name);
    }

    private final ModelSet dashscope = provider("dashscope");
    private final ModelSet offline = provider("offline");
    private final ModelRouter router = ModelRouter.builder()
            .dashScope(dashscope)
            .route("offline", offline)
            .build();

    private static TextRequest text(String model) {
        return new TextRequest(model, List.of(ChatMessage.user("hi")), null, null, null, "Script", Map.of());
    }

    @Test
    void callsGoToTheProviderTheirModelNameBelongsTo() {
        ModelSet models = router.models();

        assertEquals("dashscope:qwen-max", models.text().chat(text("qwen-max")).text());
        assertEquals("offline:offline", models.text().chat(text("offline")).text());
        ImageRequest img = new ImageRequest("wan2.2-t2i-plus", "p", null, 64, 64, null, null, null, null);
        assertEquals("https://dashscope.example/wan2.2-t2i-plus", models.image().generate(img).uri().toString());
    }

    @Test
    void theLongestPrefixWins() {
        ModelRouter r = ModelRouter.builder().dashScope(provider("dashscope")).route("qwen-local", provider("local"))
                .build();

        assertEquals("local:qwen-local-7b", r.models().text().chat(text("qwen-local-7b")).text());
        assertEquals("dashscope:qwen-plus", r.models().text().chat(text("qwen-plus")).text());
    }

    @Test
    void anUnknownModelAtCallTimeNamesTheModel() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> router.models().text().chat(text("gpt-9")));

        assertTrue(e.getMessage().contains("gpt-9"), e.getMessage());
    }

    @Test
    void theDemoConfigurationAndMixedConfigurationsValidate() {
        FilmConfig demo = FilmConfig.defaults();
        FilmConfig offlineOnly = demo.withAllModels("offline");
        FilmConfig mixed = withStage(offlineOnly, Stage.VIDEO, "wan2.2-i2v-plus");

        assertDoesNotThrow(() -> router.validate(demo));
        assertDoesNotThrow(() -> router.validate(offlineOnly));
        assertDoesNotThrow(() -> router.validate(mixed));
        for (Stage s : Stage.values()) {
            if (s == Stage.TOPIC || s == Stage.FILM) {
                continue; // no model: the Topic stage stores, the Film stage composes
            }
            assertSame(dashscope, router.resolve(demo.stage(s).model()).orElseThrow(), s + " of the demo");
            assertSame(offline, router.resolve(offlineOnly.stage(s).model()).orElseThrow(), s + " offline");
            assertSame(s == Stage.VIDEO ? dashscope : offline, router.resolve(mixed.stage(s).model()).orElseThrow(),
                    s + " of the mixed configuration");
        }
        assertSame(dashscope, router.resolve(demo.stage(Stage.SCRIPT).t2iModel()).orElseThrow());
        assertSame(dashscope, router.resolve(demo.stage(Stage.SCRIPT).vlModel()).orElseThrow());
        assertSame(dashscope, router.resolve(demo.intentModel()).orElseThrow());

        ModelSet models = router.models();
        MediaAsset frame = MediaAsset.of(URI.create("https://offline.example/frame"), "image/png");
        VideoRequest clip = new VideoRequest(mixed.stage(Stage.VIDEO).model(), frame, "pan left", null, 5, null, null,
                "Video");
        assertEquals("https://dashscope.example/clip", models.video().generate(clip).uri().toString());
        assertEquals("offline:offline", models.text().chat(text(mixed.stage(Stage.STORYBOARD).model())).text());
    }

    @Test
    void unknownNamesFailValidationNamingEachStage() {
        FilmConfig config = withStage(withStage(FilmConfig.defaults(), Stage.ROLE_IMAGE, "dalle-3"),
                Stage.AUDIO, "elevenlabs");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> router.validate(config));

        assertTrue(e.getMessage().contains("stage RoleImage") && e.getMessage().contains("dalle-3"), e.getMessage());
        assertTrue(e.getMessage().contains("stage Audio") && e.getMessage().contains("elevenlabs"), e.getMessage());
    }

    @Test
    void aProviderWithoutThePortKindFailsValidation() {
        ModelSet textOnly = new ModelSet(provider("t").text(), null, null, null, null);
        ModelRouter r = ModelRouter.builder().route("offline", textOnly).dashScope(provider("dashscope")).build();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> r.validate(withStage(FilmConfig.defaults(), Stage.VIDEO, "offline")));

        assertTrue(e.getMessage().contains("stage Video") && e.getMessage().contains("no video model"), e.getMessage());
    }

    @Test
    void theBuilderNamesBadRoutes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ModelRouter.builder().route(" ", provider("x")));
        assertTrue(e.getMessage().startsWith("prefix"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> ModelRouter.builder().build());
    }

    private static FilmConfig withStage(FilmConfig c, Stage stage, String model) {
        Map<Stage, StageConfig> m = new EnumMap<>(c.stages());
        StageConfig old = m.get(stage);
        m.put(stage, old.withModel(model));
        return new FilmConfig(m, c.intentModel(), c.maxBoards(), c.maxRoles(), c.aspect(), c.clipSeconds(), c.seed(),
                c.filmStyle());
    }
    @Test
    void aRoutedCallKeepsTheUnitsItsProviderBilled() {
        ImageModel image = new ImageModel() {
            @Override
            public MediaAsset generate(ImageRequest r, TaskJournal j) {
                throw new AssertionError("the billed variant must be called");
            }

            @Override
            public Billed<MediaAsset> generateBilled(ImageRequest r, TaskJournal j) {
                return new Billed<>(MediaAsset.of(URI.create("https://billed.example/p.png"), "image/png"),
                        Units.of(Units.IMAGES, 2));
            }
        };
        VideoModel video = new VideoModel() {
            @Override
            public MediaAsset generate(VideoRequest r, TaskJournal j) {
                throw new AssertionError("the billed variant must be called");
            }

            @Override
            public Billed<MediaAsset> generateBilled(VideoRequest r, TaskJournal j) {
                return new Billed<>(MediaAsset.of(URI.create("https://billed.example/c.mp4"), "video/mp4"),
                        Units.of(Units.videoSeconds("720P"), 5));
            }
        };
        SpeechModel speech = new SpeechModel() {
            @Override
            public MediaAsset speak(SpeechRequest r) {
                throw new AssertionError("the billed variant must be called");
            }

            @Override
            public Billed<MediaAsset> speakBilled(SpeechRequest r) {
                return new Billed<>(MediaAsset.of(URI.create("https://billed.example/v.wav"), "audio/wav"),
                        Units.of(Units.CHARACTERS, 12));
            }
        };
        VisionModel vision = new VisionModel() {
            @Override
            public String describe(VisionRequest r) {
                throw new AssertionError("the billed variant must be called");
            }

            @Override
            public Billed<String> describeBilled(VisionRequest r) {
                return new Billed<>("{\"score\": 8}", Units.tokens(900, 40));
            }
        };
        ModelSet routed = ModelRouter.builder()
                .route("wan", new ModelSet(null, image, video, null, vision))
                .route("qwen", new ModelSet(null, null, null, speech, vision))
                .build().models();
        MediaAsset frame = MediaAsset.of(URI.create("https://billed.example/p.png"), "image/png");

        assertEquals(Units.of(Units.IMAGES, 2), routed.image().generateBilled(
                new ImageRequest("wan2.6-image", "p", null, 64, 64, null, null, null, null), null).units());
        assertEquals(Units.of(Units.videoSeconds("720P"), 5), routed.video().generateBilled(
                new VideoRequest("wan2.5-i2v-preview", frame, "p", "720P", 5, null, null, null), null).units());
        assertEquals(Units.of(Units.CHARACTERS, 12), routed.speech().speakBilled(
                new SpeechRequest("qwen3-tts-flash", "你好", "Cherry", "zh", null)).units());
        assertEquals(Units.tokens(900, 40), routed.vision().describeBilled(
                new VisionRequest("qwen-vl-max", frame, "judge")).units());
    }
}
