package dev.filmgen.stages.film;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.domain.Film;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import dev.filmgen.testing.RecordingComposer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilmHandlerTest {

    private static FilmSession ready(boolean withVoices) {
        FilmSession.Builder b = Fixtures.afterCameras().toBuilder().lines(List.of(
                new Line(0, "Mia", "Cold mornings come early.", "Serena"),
                new Line(1, "narrator", "Aurora keeps it hot all day.", "Cherry")));
        for (int i = 0; i < 3; i++) {
            b.clip(i, MediaAsset.of(URI.create("fake://video/clip-" + (i + 1)), "video/mp4"));
            if (withVoices) {
                b.voice(i, MediaAsset.of(URI.create("fake://speech/voice-" + (i + 1)), "audio/wav"));
            }
        }
        return b.build();
    }

    @Test
    void composesEveryBoardWithItsClipNarrationAndSubtitleThenStoresTheFilm() throws Exception {
        RecordingComposer composer = new RecordingComposer(4.0);
        FakeStageContext c = new FakeStageContext(ready(true)).composer(composer).on(Stage.FILM);
        new FilmHandler().handle(c);

        FilmSpec spec = composer.lastSpec();
        assertEquals(3, spec.boards().size());
        for (int i = 0; i < 3; i++) {
            BoardMedia b = spec.boards().get(i);
            assertEquals(i, b.index());
            assertEquals("fake://video/clip-" + (i + 1), Files.readString(b.clip(), StandardCharsets.UTF_8));
            assertEquals("fake://speech/voice-" + (i + 1), Files.readString(b.narration(), StandardCharsets.UTF_8));
        }
        assertEquals("Cold mornings come early.", spec.boards().get(0).subtitle());
        assertEquals("Share the warmth.", spec.boards().get(2).subtitle(), "a board without a line still gets its narration");
        assertEquals("Aurora Thermos", spec.endCard().productName());
        assertEquals("Warmth that lasts", spec.endCard().slogan());
        assertEquals(c.config().filmStyle(), spec.style());
        assertNull(spec.music());

        Film film = c.session().film();
        assertEquals("s1/film/film.mp4", film.video().storageKey());
        assertEquals("memory://s1/film/film.mp4?ttl=86400", film.link());
        assertEquals(14.0, film.durationSeconds(), 1e-9);
        assertEquals(1280, film.video().width());
        assertNotEquals(null, c.memoryStorage().bytes("s1/film/film.mp4"));
        assertTrue(new String(c.memoryStorage().bytes("s1/film/film.mp4"), StandardCharsets.UTF_8)
                .contains("Aurora keeps it hot all day."));
        assertEquals("Film (14.0 s): memory://s1/film/film.mp4?ttl=86400", BuiltinHandlers.render(Stage.FILM, c.session(), "en"));
    }

    @Test
    void aBoardWithoutNarrationAudioFailsNamingItInsteadOfDroppingTheNarration() {
        FilmSession s = ready(true).toBuilder().voices(java.util.Map.of(0, MediaAsset.of(URI.create("fake://v1"), "audio/wav"),
                2, MediaAsset.of(URI.create("fake://v3"), "audio/wav"))).build();
        RecordingComposer composer = new RecordingComposer();
        FakeStageContext c = new FakeStageContext(s).composer(composer).on(Stage.FILM);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new FilmHandler().handle(c));
        assertEquals(1, e.board());
        assertTrue(e.getMessage().contains("Film board 2") && e.getMessage().contains("run Audio first"), e.getMessage());
        assertTrue(composer.specs().isEmpty());
        assertNull(c.session().film());
    }

    @Test
    void aMissingClipFailsNamingTheBoard() {
        FilmSession s = ready(true).toBuilder().clips(java.util.Map.of()).build();
        FakeStageContext c = new FakeStageContext(s).on(Stage.FILM);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new FilmHandler().handle(c));
        assertEquals(0, e.board());
        assertTrue(e.getMessage().contains("run Video first"));
    }

    /** A recording composer whose fonts lack the characters in {@code undrawable}. */
    private static final class NarrowFonts implements dev.filmgen.compose.Composer {
        private final RecordingComposer recording = new RecordingComposer();
        private final String undrawable;

        NarrowFonts(String undrawable) {
            this.undrawable = undrawable;
        }

        @Override
        public dev.filmgen.compose.MediaInfo compose(FilmSpec spec, java.nio.file.Path output) {
            return recording.compose(spec, output);
        }

        FilmSpec lastSpec() {
            return recording.lastSpec();
        }

        @Override
        public String undrawable(String text, dev.filmgen.compose.FilmStyle style) {
            StringBuilder out = new StringBuilder();
            text.codePoints().distinct().filter(cp -> undrawable.indexOf(cp) >= 0).forEach(out::appendCodePoint);
            return out.toString();
        }
    }

    @Test
    void oneNoticeNamesWhatTheVoiceAndSubtitlesLeaveOutAndTheComposerNeverSeesIt() {
        FilmSession s = ready(true).toBuilder().lines(List.of(
                new Line(0, "Mia", "🔥Dyson V15 Detect™ 吸尘器🔥", "Serena"),
                new Line(1, "narrator", "𠮷野家 ✨ 特盛", "Cherry"))).build();
        NarrowFonts composer = new NarrowFonts("𠮷");
        FakeStageContext c = new FakeStageContext(s).composer(composer).on(Stage.FILM);
        new FilmHandler().handle(c);

        assertEquals(1, c.notices().size(), c.notices().toString());
        String notice = c.notices().get(0);
        assertTrue(notice.contains("the voice and subtitles leave out 🔥 ✨"), notice);
        assertTrue(notice.contains("the voice leaves out ™"), notice);
        assertTrue(notice.contains("no font draws 𠮷 (U+20BB7)"), notice);
        FilmSpec spec = composer.lastSpec();
        assertEquals("Dyson V15 Detect™ 吸尘器", spec.boards().get(0).subtitle());
        assertEquals("野家 特盛", spec.boards().get(1).subtitle());
        assertEquals("🔥Dyson V15 Detect™ 吸尘器🔥", c.session().lines().get(0).text(), "the session keeps the words");
    }

    @Test
    void noNoticeWhenNothingIsLeftOut() {
        FakeStageContext c = new FakeStageContext(ready(true)).composer(new NarrowFonts("𠮷")).on(Stage.FILM);
        new FilmHandler().handle(c);
        assertTrue(c.notices().isEmpty(), c.notices().toString());
    }
}
