package dev.filmgen.handler;

import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.Storage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a {@link Handler} sees while it runs: the session so far, its settings, and model calls that
 * already carry rate limiting, bounded retries, deadlines, reuse of unchanged results, task
 * journaling and storage. Provided by the runner; tests may implement it with fakes.
 */
public interface StageContext {

    String sessionId();

    Stage stage();

    /** The board or role index for per-item stages, or -1 for whole stages. */
    int item();

    /** The session as it stood when this item started (upstream results are complete). */
    FilmSession session();

    FilmConfig config();

    /** This stage's settings (model names, limits, options). */
    default StageConfig settings() {
        return config().stage(stage());
    }

    /** The language the film is made in ({@code zh} or {@code en}): the session's, decided from its topic. */
    default String language() {
        return session().language();
    }

    /** Streams a chat request through the stage's text model; deltas become {@link FilmEvent.TextDelta}s. Reused when unchanged. */
    TextResponse chat(TextRequest request);

    /** Paints a picture; the result is already copied into {@link #storage()}. Reused when unchanged. */
    MediaAsset image(ImageRequest request);

    /** Animates a clip; the result is already copied into storage. Reused when unchanged. */
    MediaAsset video(VideoRequest request);

    /** Speaks a line; the result is already copied into storage and measured. Reused when unchanged. */
    MediaAsset speech(SpeechRequest request);

    /** Describes a picture. Reused when unchanged. */
    String vision(VisionRequest request);

    Storage storage();

    Composer composer();

    MediaProbe probe();

    /** A local file with the asset's bytes (downloaded into the turn's work folder when needed). */
    Path localFile(MediaAsset asset);

    /** A scratch folder for this item, removed after the turn. */
    Path workDir();

    /** Records results: applies {@code change} to the current session and saves it durably. */
    void update(UnaryOperator<FilmSession.Builder> change);

    /** Reports an event (the runner fills in nothing; pass this context's session id). */
    void emit(FilmEvent event);

    /**
     * The voices speech model {@code speechModel} speaks, as its provider documents them (empty when unknown, for
     * example for offline voices). The Line stage casts only from these.
     */
    default Optional<List<String>> voices(String speechModel) {
        return Optional.empty();
    }

    /** Reports a notice for this stage. */
    default void notice(String message) {
        emit(new FilmEvent.Notice(sessionId(), stage(), message));
    }

    /** Throws {@link dev.filmgen.error.CancelledException} if the turn was cancelled. */
    void checkCancelled();
}
