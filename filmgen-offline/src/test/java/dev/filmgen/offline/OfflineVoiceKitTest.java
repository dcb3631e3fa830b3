package dev.filmgen.offline;

import dev.filmgen.model.SpeechModel;
import dev.filmgen.testing.kit.SpeechModelKit;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline voice keeps the speech-model contract with whatever engine this machine has (espeak-ng, the Java
 * voice for English, or a silent track marked as such).
 */
class OfflineVoiceKitTest extends SpeechModelKit {
    @TempDir
    Path dir;

    @Override
    protected SpeechModel model() {
        return OfflineVoice.builder().workDir(dir).build();
    }

    @Override
    protected String modelName() {
        return OfflineModels.MODEL_NAME;
    }
}
