package dev.filmgen.protocol;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Film;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.Objects;

/** Runs the service's turns on a {@link FilmAgent}. */
public final class AgentTurns {
    private AgentTurns() {
    }

    /**
     * A {@link TurnExecutor} over {@code agent}. The finished film is reported as an item of the Film stage
     * (the runner reports whole stages only by their summary), so the wire gets its {@code video_url}. A turn
     * whose result lists failures throws the first one; the wire response reports every failure the turn's
     * events named.
     */
    public static TurnExecutor of(FilmAgent agent) {
        Objects.requireNonNull(agent, "agent");
        return new TurnExecutor() {
            @Override
            public void execute(String sessionId, UserMessage message, FilmListener listener) {
                execute(sessionId, null, message, listener);
            }

            @Override
            public void execute(String sessionId, String requestId, UserMessage message, FilmListener listener) {
                TurnResult result = agent.chat(sessionId, message, withFilm(agent, listener), requestId);
                if (!result.ok()) {
                    throw result.failures().get(0);
                }
            }
        };
    }

    private static FilmListener withFilm(FilmAgent agent, FilmListener listener) {
        return event -> {
            if (event instanceof FilmEvent.StageDone && ((FilmEvent.StageDone) event).stage() == Stage.FILM) {
                Film film = agent.session(event.sessionId()).map(FilmSession::film).orElse(null);
                if (film != null && film.video() != null) {
                    listener.onEvent(new FilmEvent.ItemDone(event.sessionId(), Stage.FILM, 0, "film", film.video(), false));
                }
            }
            listener.onEvent(event);
        };
    }
}
