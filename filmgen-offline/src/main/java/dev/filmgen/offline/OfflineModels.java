package dev.filmgen.offline;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.media.PixelBudget;
import dev.filmgen.model.ModelSet;
import dev.filmgen.offline.internal.WorkDir;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The offline preset: every model port filmgen needs, running on this machine with no key and no network.
 *
 * <pre>{@code
 * FilmAgent agent = FilmAgent.builder()
 *         .config(OfflineModels.config(FilmConfig.defaults()))
 *         .models(OfflineModels.create(42))
 *         .build();
 * }</pre>
 */
public final class OfflineModels {
    /** The model name the offline preset answers to in a {@link FilmConfig}. */
    public static final String MODEL_NAME = "offline";

    private OfflineModels() {
    }

    /** All five offline ports, deterministic for {@code seed}, writing media into a temporary folder. */
    public static ModelSet create(long seed) {
        return builder().seed(seed).build();
    }

    /** {@code base} with every stage's model (and the Script stage's picture and vision models) set to offline. */
    public static FilmConfig config(FilmConfig base) {
        return Objects.requireNonNull(base, "base").withAllModels(MODEL_NAME);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder of the offline {@link ModelSet}; {@code build()} validates and touches no file. */
    public static final class Builder {
        private long seed;
        private Path workDir;
        private Path workRoot;
        private VoiceEngine voiceEngine = VoiceEngine.AUTO;
        private String espeakCommand = "espeak-ng";
        private PixelBudget pixelBudget = PixelBudget.defaults();

        private Builder() {
        }

        /** The seed every choice follows when a request carries none (default 0). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The folder pictures, clips and voices are written to and left in (default: {@code offline} in this process's
         * folder of the default work root, where each file is deleted once the runner has stored it).
         */
        public Builder workDir(Path workDir) {
            this.workDir = workDir;
            return this;
        }

        /**
         * Writes into {@code offline} in this process's folder of the work root {@code root} (the agent's
         * {@code workDir}), so each file is deleted once stored and a crash's leftovers are swept at the next start.
         */
        public Builder workRoot(Path root) {
            this.workRoot = root;
            return this;
        }

        /**
         * How many pixels a picture the painter, animator or viewer reads may have (default 40 megapixels), checked
         * from its header; within it, pictures are decoded subsampled to the size each needs.
         */
        public Builder pixelBudget(PixelBudget pixelBudget) {
            this.pixelBudget = pixelBudget;
            return this;
        }

        /** Which speech engine to start from (default {@link VoiceEngine#AUTO}). */
        public Builder voiceEngine(VoiceEngine voiceEngine) {
            this.voiceEngine = voiceEngine;
            return this;
        }

        /** The espeak-ng program (default {@code espeak-ng} on the PATH). */
        public Builder espeakCommand(String espeakCommand) {
            this.espeakCommand = espeakCommand;
            return this;
        }

        public ModelSet build() {
            Objects.requireNonNull(voiceEngine, "voiceEngine");
            Objects.requireNonNull(pixelBudget, "pixelBudget");
            WorkDir work = workDir == null && workRoot != null ? WorkDir.inRoot(workRoot) : new WorkDir(workDir);
            OfflineVoice voice = OfflineVoice.builder().work(work).engine(voiceEngine)
                    .espeakCommand(espeakCommand).build();
            return new ModelSet(new OfflineCopywriter(seed),
                    new OfflinePainter(seed, work, java.time.Duration.ofSeconds(20), pixelBudget),
                    new OfflineAnimator(work, 720, pixelBudget), voice, new OfflineViewer(pixelBudget));
        }
    }
}
