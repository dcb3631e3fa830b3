package dev.filmgen.offline;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.offline.internal.Espeak;
import dev.filmgen.offline.internal.FreeTts;
import dev.filmgen.offline.internal.Lang;
import dev.filmgen.offline.internal.Seeds;
import dev.filmgen.offline.internal.VoiceProfile;
import dev.filmgen.offline.internal.Wav;
import dev.filmgen.offline.internal.WorkDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks lines offline into WAV files: espeak-ng when installed (Mandarin and English), otherwise FreeTTS for
 * Latin text, otherwise a silent track of the estimated length with a WARN log; it never fails for want of an
 * engine. A silent result has the media type {@link #SILENT_MEDIA_TYPE} (see {@link #isSilent(MediaAsset)}).
 */
public final class OfflineVoice implements SpeechModel {
    /** Media type of a silent stand-in track: a WAV with the {@code silent=true} parameter. */
    public static final String SILENT_MEDIA_TYPE = "audio/wav;silent=true";
    private static final Logger LOG = LoggerFactory.getLogger(OfflineVoice.class);

    private final WorkDir work;
    private final VoiceEngine engine;
    private final String espeakCommand;
    private final Duration timeout;

    private OfflineVoice(Builder b) {
        this.work = b.work != null ? b.work : new WorkDir(b.workDir);
        this.engine = b.engine;
        this.espeakCommand = b.espeakCommand;
        this.timeout = b.timeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether an asset is a silent stand-in written because no speech engine could speak the line. */
    public static boolean isSilent(MediaAsset asset) {
        return asset != null && asset.mediaType().replace(" ", "").contains(";silent=true");
    }

    @Override
    public MediaAsset speak(SpeechRequest request) {
        Objects.requireNonNull(request, "request");
        String text = request.text().replaceAll("\\p{Cntrl}", " ").strip();
        Lang lang = Lang.of(request.language(), text);
        VoiceProfile profile = VoiceProfile.of(request.voice());
        String purpose = request.purpose() == null ? "voice" : request.purpose();
        long hash = Seeds.mix(0, text + "|" + request.voice() + "|" + lang + "|" + engine);
        Path target = work.file(purpose.replace(':', '-'), hash, ".wav");
        Path out;
        try {
            out = WorkDir.tempBeside(target);
        } catch (IOException e) {
            throw new NonRetriableException("cannot write into the offline work folder: " + e.getMessage(), e);
        }
        String why;
        if (text.isEmpty()) {
            why = "the line is empty";
        } else {
            boolean cjk = text.codePoints().anyMatch(Lang::isCjk);
            if ((engine == VoiceEngine.AUTO || engine == VoiceEngine.ESPEAK_NG) && Espeak.available(espeakCommand)) {
                try {
                    Espeak.speak(espeakCommand, text, lang, profile, out, timeout);
                    return asset(out, target, "audio/wav");
                } catch (IOException e) {
                    LOG.warn("espeak-ng could not speak {}: {}", purpose, e.getMessage());
                }
            }
            if ((engine == VoiceEngine.AUTO || engine == VoiceEngine.FREETTS) && !cjk) {
                try {
                    FreeTts.speak(text, profile, out);
                    return asset(out, target, "audio/wav");
                } catch (IOException | RuntimeException e) {
                    LOG.warn("FreeTTS could not speak {}: {}", purpose, e.getMessage());
                }
            }
            why = engine == VoiceEngine.SILENT ? "the silent engine was chosen"
                    : cjk ? "espeak-ng is not installed and the Java voice speaks only English"
                    : "no speech engine could speak it";
        }
        double seconds = Wav.estimateSeconds(text);
        if (engine != VoiceEngine.SILENT) {
            LOG.warn("offline voice: {} for {}; writing {} s of silence instead (install espeak-ng for speech)",
                    why, purpose, String.format("%.1f", seconds));
        }
        try {
            Wav.silence(out, seconds, 22050);
        } catch (IOException e) {
            throw new NonRetriableException("cannot write the silent track " + out + ": " + e.getMessage(), e);
        }
        return asset(out, target, SILENT_MEDIA_TYPE);
    }

    private static MediaAsset asset(Path temp, Path wav, String type) {
        try {
            WorkDir.moveIntoPlace(temp, wav);
            return new MediaAsset(wav.toUri(), type, null, Files.size(wav), Wav.durationSeconds(wav), null, null);
        } catch (IOException e) {
            throw new NonRetriableException("cannot measure the voice track " + wav + ": " + e.getMessage(), e);
        }
    }

    /** Builder for {@link OfflineVoice}; {@code build()} validates and touches nothing. */
    public static final class Builder {
        private Path workDir;
        private WorkDir work;
        private VoiceEngine engine = VoiceEngine.AUTO;
        private String espeakCommand = "espeak-ng";
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Where the WAV files go (a temporary folder by default). */
        public Builder workDir(Path workDir) {
            this.workDir = workDir;
            return this;
        }

        /** Which engine to start from (default {@link VoiceEngine#AUTO}). */
        public Builder engine(VoiceEngine engine) {
            this.engine = engine;
            return this;
        }

        /** The espeak-ng program (default {@code espeak-ng} on the PATH). */
        public Builder espeakCommand(String espeakCommand) {
            this.espeakCommand = espeakCommand;
            return this;
        }

        /** The longest one espeak-ng run may take (default 30 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Shares the models' work folder (package-private: {@link OfflineModels} sets it). */
        Builder work(WorkDir work) {
            this.work = work;
            return this;
        }

        public OfflineVoice build() {
            Objects.requireNonNull(engine, "engine");
            if (espeakCommand == null || espeakCommand.isBlank()) {
                throw new IllegalArgumentException("espeakCommand must not be blank");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            return new OfflineVoice(this);
        }
    }
}
