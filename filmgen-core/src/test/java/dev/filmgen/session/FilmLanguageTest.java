package dev.filmgen.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.filmgen.domain.Topic;
import dev.filmgen.handler.StageContext;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The film's language is decided in one place, from the topic, and every reader sees the same answer. */
class FilmLanguageTest {

    private static FilmSession about(String theme) {
        return FilmSession.create("l", Instant.EPOCH).toBuilder().topic(Topic.of(theme)).build();
    }

    @Test
    void theTopicDecidesTheLanguageOfTheWholeSession() {
        assertEquals("zh", Topic.of("百炼椰汁").language());
        assertEquals("zh", Topic.of("iPhone 手机壳").language(), "a Latin brand in a Chinese theme stays Chinese");
        assertEquals("en", Topic.of("a red kettle").language());
        assertEquals("zh", about("百炼椰汁").language());
        assertEquals("en", about("a red kettle").language());
        assertEquals("en", FilmSession.create("none", Instant.EPOCH).language(), "no topic yet: English");
    }

    @Test
    void aStageContextReadsTheSessionsLanguage() {
        StageContext ctx = new FakeStageContext(about("极光保温杯")).on(Stage.STORYBOARD);

        assertEquals("zh", ctx.language());
        assertEquals(ctx.session().language(), ctx.language());
    }

    @Test
    void theLanguageIsDerivedNotStored(@TempDir Path dir) throws Exception {
        FileSessionStore store = FileSessionStore.of(dir);
        store.save(about("百炼椰汁"));

        try (var files = Files.list(dir)) {
            String json = Files.readString(files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow());
            assertFalse(json.contains("\"language\""), json);
        }
        assertEquals("zh", store.load("l").orElseThrow().language());
    }
}
