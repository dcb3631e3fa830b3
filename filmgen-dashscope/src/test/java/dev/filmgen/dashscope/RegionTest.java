package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which models each region offers, and a configured model the region lacks failing the turn before any call. */
class RegionTest {
    @TempDir
    static Path shared;

    @TempDir
    Path work;

    private static FakeBailianMedia media;

    @BeforeAll
    static void makeMedia() {
        media = FakeBailianMedia.make(shared);
    }

    @Test
    void everyDefaultModelIsOfferedInBothRegions() {
        FilmConfig d = FilmConfig.defaults();
        List<String> models = new ArrayList<>(List.of(d.intentModel()));
        for (Stage s : Stage.values()) {
            StageConfig c = d.stage(s);
            for (String m : new String[] {c.model(), c.t2iModel(), c.vlModel(),
                    (String) c.options().get(StageConfig.REFERENCE_MODEL),
                    (String) c.options().get(StageConfig.JUDGE_MODEL)}) {
                if (m != null && DashScopeDefaults.isDashScopeModel(m)) {
                    models.add(m);
                }
            }
        }
        for (DashScopeRegion region : DashScopeRegion.values()) {
            ModelFacts facts = ModelFacts.of(DashScopeModels.builder().apiKey("k").environment(n -> null)
                    .region(region).build().speech());
            for (String m : models) {
                assertEquals(Optional.empty(), facts.unavailable(m), m + " in " + region.describe());
            }
        }
    }

    @Test
    void qwenTtsIsBeijingOnlyAndNamesItsAlternative() {
        ModelFacts singapore = ModelFacts.of(DashScopeModels.builder().apiKey("k").environment(n -> null)
                .region(DashScopeRegion.AP_SOUTHEAST_1).build().speech());
        assertEquals(Optional.of("qwen-tts is not offered in ap-southeast-1 (Singapore) (only in cn-beijing (Beijing));"
                + " use qwen3-tts-flash there"), singapore.unavailable("qwen-tts"));
        assertEquals(Optional.empty(), singapore.unavailable("some-unlisted-model"), "unknown models are not refused");
    }

    @Test
    void aModelTheRegionLacksFailsTheTurnBeforeAnyPaidCall() {
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder().build(), media)) {
            DashScopeModels singapore = film.models().toBuilder().region(DashScopeRegion.AP_SOUTHEAST_1).build();
            FilmConfig config = FakeBailianFilm.config(2, Stage.AUDIO, "qwen-tts");
            try (FilmAgent agent = singapore.agentBuilder().config(config)
                    .storage(LocalStorage.builder().root(work.resolve("store")).build())
                    .composer((spec, out) -> { throw new AssertionError("nothing is composed"); })
                    .callLimiter(ModelLimits.create()).workDir(work.resolve("turns")).build()) {
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> agent.generate("sg", Topic.of("a red kettle"), null));
                assertTrue(e.getMessage().contains("config key audio.model: qwen-tts is not offered in ap-southeast-1"
                        + " (Singapore)") && e.getMessage().contains("use qwen3-tts-flash"), e.getMessage());
            }
            assertEquals(List.of(), film.fake().requests(), "nothing reached Bailian");
        }
    }
}
