package dev.filmgen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.Quota;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.stage.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilmConfigLoaderTest {

    /** The reference demo's own config.json, key for key. */
    private static final String DEMO = "{\n"
            + "  \"intent\": {\"model\": \"qwen-max\"},\n"
            + "  \"script\": {\"model\": \"qwen-max\", \"t2i_model\": \"wan2.2-t2i-plus\", \"vl_model\": \"qvq-max\"},\n"
            + "  \"storyboard\": {\"model\": \"qwen-max\", \"max_boards\": 2, \"max_roles\": 2},\n"
            + "  \"role_image\": {\"model\": \"wan2.2-t2i-plus\", \"rps\": 2},\n"
            + "  \"video\": {\"model\": \"wan2.2-i2v-plus\", \"rps\": 2},\n"
            + "  \"audio\": {\"model\": \"qwen-tts\"},\n"
            + "  \"film\": {\"font_size\": 60, \"font_color\": \"white\", \"fadein_duration\": 0.5}\n"
            + "}";

    @Test
    void readsTheDemoConfig() {
        FilmConfig c = FilmConfigLoader.fromJson(DEMO);
        assertEquals(2, c.maxBoards());
        assertEquals(2, c.maxRoles());
        assertEquals("qwen-max", c.intentModel());
        assertEquals("wan2.2-t2i-plus", c.stage(Stage.SCRIPT).t2iModel());
        assertEquals("qvq-max", c.stage(Stage.SCRIPT).vlModel());
        assertEquals(2.0, c.stage(Stage.ROLE_IMAGE).limits().rps());
        assertEquals("wan2.2-i2v-plus", c.stage(Stage.VIDEO).model());
        assertEquals("qwen-tts", c.stage(Stage.AUDIO).model());
        assertEquals(60, c.filmStyle().fontSize());
        assertEquals(0.5, c.filmStyle().fadeInSeconds());
    }

    @Test
    void anEmptyConfigIsTheDefaults() {
        assertEquals(FilmConfig.defaults(), FilmConfigLoader.fromJson("{}"));
    }

    @Test
    void readsOurOwnKeys(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("config.json");
        Files.writeString(f, "{\"aspect\": \"9:16\", \"clip_seconds\": 8, \"seed\": 42,"
                + " \"video\": {\"max_in_flight\": 3, \"resolution\": \"720P\", \"options\": {\"watermark\": false}},"
                + " \"audio\": {\"voice\": \"Ethan\"},"
                + " \"film\": {\"font_bg_color\": \"black@0.5\", \"fadeout_duration\": 1, \"crossfade_duration\": 0.3,"
                + " \"font_file\": \"/fonts/x.ttf\"}}");
        FilmConfig c = FilmConfigLoader.load(f);
        assertEquals("9:16", c.aspect());
        assertEquals(8, c.clipSeconds());
        assertEquals(42L, c.seed());
        assertEquals(3, c.stage(Stage.VIDEO).limits().maxInFlight());
        assertNull(c.stage(Stage.VIDEO).limits().rps(), "the model's documented rate stays");
        assertEquals("720P", c.stage(Stage.VIDEO).options().get("resolution"));
        assertEquals(false, c.stage(Stage.VIDEO).options().get("watermark"));
        assertEquals("Ethan", c.stage(Stage.AUDIO).options().get("voice"));
        assertEquals("black@0.5", c.filmStyle().boxColor());
        assertEquals(1.0, c.filmStyle().fadeOutSeconds());
        assertEquals(0.3, c.filmStyle().crossfadeSeconds());
        assertEquals(Path.of("/fonts/x.ttf"), c.filmStyle().fontFile());
    }

    @Test
    void unknownKeysAreIgnored() {
        FilmConfig c = FilmConfigLoader.fromJson("{\"colour\": 1, \"video\": {\"fps_wish\": 9, \"rps\": 1}}");
        assertEquals(1.0, c.stage(Stage.VIDEO).limits().rps());
        assertNull(c.seed());
    }

    @Test
    void aStageMayCountItsRateInRequestsPerMinute() {
        FilmConfig c = FilmConfigLoader.fromJson("{\"audio\": {\"model\": \"qwen-tts\", \"rpm\": 8}}");
        assertEquals(8.0, c.stage(Stage.AUDIO).limits().rpm());
        assertNull(c.stage(Stage.AUDIO).limits().rps());
        assertEquals(Duration.ofMillis(7500),
                c.stage(Stage.AUDIO).limits().applyTo(Quota.perMinute(10, 1)).spacing());
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> FilmConfigLoader.fromJson("{\"audio\": {\"rps\": 1, \"rpm\": 8}}"));
        assertTrue(both.getMessage().contains("audio.rps") && both.getMessage().contains("audio.rpm"),
                both.getMessage());
    }

    @Test
    void voicesAreConfiguredPerStage() {
        FilmConfig c = FilmConfigLoader.fromJson("{\"audio\": {\"voice\": \"Ethan\"},"
                + " \"line\": {\"narrator_voice\": \"Serena\", \"voices\": [\"Serena\", \"Kai\"]}}");
        assertEquals("Ethan", c.stage(Stage.AUDIO).options().get("voice"));
        assertEquals("Serena", c.stage(Stage.LINE).options().get("narrator_voice"));
        assertEquals(java.util.List.of("Serena", "Kai"), c.stage(Stage.LINE).options().get("voices"));
        assertEquals("Cherry, Momo", FilmConfigLoader.fromJson("{\"line\": {\"voices\": \"Cherry, Momo\"}}")
                .stage(Stage.LINE).options().get("voices"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"storyboard\": {\"max_boards\": 0}}|storyboard.max_boards",
        "{\"storyboard\": {\"max_boards\": \"4\"}}|storyboard.max_boards",
        "{\"storyboard\": {\"max_roles\": 7}}|storyboard.max_roles",
        "{\"video\": {\"rps\": -1}}|video.rps",
        "{\"video\": {\"max_in_flight\": 0}}|video.max_in_flight",
        "{\"video\": {\"resolution\": \"4K\"}}|video.resolution",
        "{\"role_image\": {\"model\": \"\"}}|role_image.model",
        "{\"film\": {\"font_size\": 2.5}}|film.font_size",
        "{\"film\": {\"fadein_duration\": \"slow\"}}|film.fadein_duration",
        "{\"aspect\": \"4:3\"}|aspect",
        "{\"clip_seconds\": 90}|clip_seconds",
        "{\"audio\": 3}|audio",
    })
    void aBadValueNamesItsKey(String json, String key) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FilmConfigLoader.fromJson(json));
        assertTrue(e.getMessage().contains("config key " + key + ":"), e.getMessage());
    }

    @Test
    void notJsonAndMissingFilesAreClearErrors(@TempDir Path dir) {
        InvalidInputException a = assertThrows(InvalidInputException.class, () -> FilmConfigLoader.fromJson("{"));
        assertTrue(a.getMessage().startsWith("config is not valid JSON"), a.getMessage());
        InvalidInputException b = assertThrows(InvalidInputException.class,
                () -> FilmConfigLoader.load(dir.resolve("none.json")));
        assertTrue(b.getMessage().contains("none.json"), b.getMessage());
    }
}
