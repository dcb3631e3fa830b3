package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.SpeechRequest;
import java.io.InputStream;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** qwen-tts against the real service; skipped without {@code DASHSCOPE_API_KEY}. */
class DashScopeSpeechModelIT {
    @Test
    void speaksALineIntoADownloadableWav() throws Exception {
        DashScopeModels models = LiveService.models();

        MediaAsset voice = models.speech().speak(new SpeechRequest("qwen-tts", "早上好，来一杯热茶吧。", "Cherry", "zh", "IT"));

        assertEquals("audio/wav", voice.mediaType());
        try (InputStream in = new URL(voice.uri().toString()).openStream()) {
            byte[] head = in.readNBytes(12);
            assertEquals("RIFF", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals("WAVE", new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        }
        assertTrue(voice.uri().getScheme().startsWith("http"));
    }
}
