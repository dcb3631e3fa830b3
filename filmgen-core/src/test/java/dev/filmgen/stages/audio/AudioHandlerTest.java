package dev.filmgen.stages.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Line;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioHandlerTest {
    @Test
    void audioSpeaksTheLineInItsVoiceAndTheFilmsLanguage() {
        FakeStageContext c = new FakeStageContext(Fixtures.afterRoles().toBuilder()
                .lines(List.of(new Line(0, "Mia", "Cold mornings come early.", "Cherry"),
                        new Line(1, "narrator", "Aurora keeps it hot all day.", "Ethan"))).build()).on(Stage.AUDIO, 1);
        new AudioHandler().handle(c);
        SpeechRequest r = c.speechRequests().get(0);
        assertEquals("Aurora keeps it hot all day.", r.text());
        assertEquals("Ethan", r.voice());
        assertEquals("en", r.language());
        assertEquals("qwen3-tts-flash", r.model(), "the default speech model");
        assertEquals("voice:2", r.purpose());
        assertTrue(c.session().voices().containsKey(1));

        FakeStageContext none = new FakeStageContext(Fixtures.afterRoles()).on(Stage.AUDIO, 2);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new AudioHandler().handle(none));
        assertEquals(2, e.board());
    }

    @Test
    void aSilentStandInVoiceIsReportedAsANoticeNamingTheBoardAndLanguage() {
        FilmSession s = Fixtures.afterRoles().toBuilder()
                .lines(List.of(new Line(0, "旁白", "清晨的第一杯热茶。", "Cherry"))).build();
        FakeStageContext silent = new FakeStageContext(s).language("zh").on(Stage.AUDIO, 0)
                .speechModel(r -> MediaAsset.of(URI.create("data:audio/wav;base64,AAEC"), "audio/wav; silent=true"));
        new AudioHandler().handle(silent);
        assertEquals(List.of("board 1 has no spoken narration: no voice engine could speak Chinese; "
                + "subtitles still show it"), silent.notices());
        assertTrue(silent.session().voices().containsKey(0), "the silent track still keeps the board's timing");

        FakeStageContext spoken = new FakeStageContext(s).language("zh").on(Stage.AUDIO, 0)
                .speechModel(r -> MediaAsset.of(URI.create("data:audio/wav;base64,AAEC"), "audio/wav;rate=24000"));
        new AudioHandler().handle(spoken);
        assertTrue(spoken.notices().isEmpty(), spoken.notices().toString());
    }
}
