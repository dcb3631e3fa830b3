package dev.filmgen.stages;

import dev.filmgen.handler.Handler;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.audio.AudioHandler;
import dev.filmgen.stages.film.FilmHandler;
import dev.filmgen.stages.firstframedescription.FirstFrameDescriptionHandler;
import dev.filmgen.stages.firstframeimage.FirstFrameImageHandler;
import dev.filmgen.stages.internal.Renderings;
import dev.filmgen.stages.line.LineHandler;
import dev.filmgen.stages.roledescription.RoleDescriptionHandler;
import dev.filmgen.stages.roleimage.RoleImageHandler;
import dev.filmgen.stages.script.ScriptHandler;
import dev.filmgen.stages.storyboard.StoryboardHandler;
import dev.filmgen.stages.topic.TopicHandler;
import dev.filmgen.stages.video.VideoHandler;
import dev.filmgen.stages.videodescription.VideoDescriptionHandler;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The built-in handler of every stage. Hosts replace or wrap any of them through
 * {@code FilmAgent.builder().handler(stage, handler)}; each handler class is public so a wrapper can
 * delegate to it. The handlers are stateless and safe to share between threads and sessions.
 */
public final class BuiltinHandlers {
    private BuiltinHandlers() {
    }

    /**
     * A human-readable text of {@code stage}'s result in {@code session}, written in {@code language}
     * ({@code zh} or {@code en}): what a {@code StageDone} event shows the user. Null for media-only stages
     * and for stages without a result yet.
     */
    public static String render(Stage stage, FilmSession session, String language) {
        return Renderings.of(stage, session, language);
    }

    /** A new, unmodifiable map with one built-in handler for each of the twelve stages. */
    public static Map<Stage, Handler> all() {
        Map<Stage, Handler> m = new EnumMap<>(Stage.class);
        m.put(Stage.TOPIC, new TopicHandler());
        m.put(Stage.SCRIPT, new ScriptHandler());
        m.put(Stage.STORYBOARD, new StoryboardHandler());
        m.put(Stage.ROLE_DESCRIPTION, new RoleDescriptionHandler());
        m.put(Stage.ROLE_IMAGE, new RoleImageHandler());
        m.put(Stage.FIRST_FRAME_DESCRIPTION, new FirstFrameDescriptionHandler());
        m.put(Stage.FIRST_FRAME_IMAGE, new FirstFrameImageHandler());
        m.put(Stage.VIDEO_DESCRIPTION, new VideoDescriptionHandler());
        m.put(Stage.VIDEO, new VideoHandler());
        m.put(Stage.LINE, new LineHandler());
        m.put(Stage.AUDIO, new AudioHandler());
        m.put(Stage.FILM, new FilmHandler());
        return Collections.unmodifiableMap(m);
    }
}
