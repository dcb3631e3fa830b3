package dev.filmgen.stages.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Line;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioHandlerTest {

    private static FakeStageContext speaking(String text) {
        return new FakeStageContext(Fixtures.afterRoles().toBuilder()
                .lines(List.of(new Line(0, "Mia", text, "Cherry"))).build()).on(Stage.AUDIO, 0);
    }

    @Test
    void theVoiceGetsTheLineWithoutEmojiAndSymbolsItWouldReadOutByName() {
        FakeStageContext c = speaking("🔥【新品】Dyson V15 Detect™，今天下单✨");
        new AudioHandler().handle(c);
        assertEquals("新品 Dyson V15 Detect，今天下单", c.speechRequests().get(0).text());
        assertTrue(c.notices().isEmpty(), "the Film stage names what was left out, once: " + c.notices());
        assertEquals("🔥【新品】Dyson V15 Detect™，今天下单✨", c.session().lines().get(0).text());
    }

    @Test
    void aLineOfOnlyEmojiFailsNamingItInsteadOfSpeakingNothing() {
        FakeStageContext c = speaking("🔥🔥✨");
        StageFailedException e = assertThrows(StageFailedException.class, () -> new AudioHandler().handle(c));
        assertTrue(e.getMessage().contains("nothing a voice can say"), e.getMessage());
        assertTrue(c.speechRequests().isEmpty());
    }
}
