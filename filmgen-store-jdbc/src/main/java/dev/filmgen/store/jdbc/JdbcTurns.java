package dev.filmgen.store.jdbc;

import dev.filmgen.domain.Film;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.SessionStore;
import dev.filmgen.stage.Stage;
import java.util.Objects;
import java.util.Optional;

/**
 * The service's conversation turns on several instances: each turn is a film job of {@link JdbcFilmJobs#TURNS}.
 * The instance that received the request runs it itself when the session is free, streaming its events straight
 * to the client; when the session's earlier turn runs on another instance (or another instance's worker claimed
 * the job first), it relays the job's events from the database as they are written (a few times a second), so
 * the client sees the same stream either way and the turn's end. {@link #execute} has the shape of the protocol's
 * {@code TurnExecutor}: {@code TurnExecutor executor = turns::execute}.
 */
public final class JdbcTurns {
    private static final long RELAY_POLL_MILLIS = 200;

    private final JdbcFilmJobs jobs;
    private final SessionStore sessions;

    public JdbcTurns(JdbcFilmJobs jobs, SessionStore sessions) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /**
     * Runs one turn to its end, here or on another instance, telling {@code listener} every event (and the
     * finished film as an item of the Film stage). Throws when the turn failed, after its events.
     */
    public void execute(String sessionId, UserMessage message, FilmListener listener) {
        FilmJob job = jobs.submit(JdbcFilmJobs.TURNS, null, FilmJobRequest.message(sessionId, message));
        FailureWatch watch = new FailureWatch(withFilm(listener));
        int seq = -1;
        FilmJob end = null;
        while (end == null) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancelledException("stopped waiting for turn " + job.id() + " (it goes on)");
            }
            Optional<FilmJob> here = seq < 0 ? jobs.runHere(job.id(), watch) : Optional.empty();
            if (here.isPresent()) {
                end = here.get();
                break;
            }
            for (JobEvent e : jobs.events(job.id(), seq)) {
                watch.onEvent(e.event());
                seq = e.seq();
            }
            FilmJob now = jobs.job(job.id()).orElseThrow();
            if (now.status().finished()) {
                for (JobEvent e : jobs.events(job.id(), seq)) {
                    watch.onEvent(e.event());
                    seq = e.seq();
                }
                end = now;
            } else {
                sleep();
            }
        }
        if (end.status() == FilmJob.Status.DONE) {
            return;
        }
        if (watch.failure != null) {
            throw watch.failure;
        }
        throw new NonRetriableException("the turn ended " + end.status().name().toLowerCase() + ": " + end.error());
    }

    private FilmListener withFilm(FilmListener listener) {
        return event -> {
            if (event instanceof FilmEvent.StageDone d && d.stage() == Stage.FILM) {
                Film film = sessions.load(event.sessionId()).map(FilmSession::film).orElse(null);
                if (film != null && film.video() != null) {
                    listener.onEvent(new FilmEvent.ItemDone(event.sessionId(), Stage.FILM, 0, "film", film.video(),
                            false));
                }
            }
            listener.onEvent(event);
        };
    }

    private static void sleep() {
        try {
            Thread.sleep(RELAY_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes events on and keeps the first stage failure, to end a failed turn with it. */
    private static final class FailureWatch implements FilmListener {
        private final FilmListener next;
        private StageFailedException failure;

        FailureWatch(FilmListener next) {
            this.next = next;
        }

        @Override
        public void onEvent(FilmEvent event) {
            if (event instanceof FilmEvent.StageFailed f && failure == null) {
                failure = new StageFailedException(f.stage(), f.board(), f.message(), null);
            }
            next.onEvent(event);
        }
    }
}
