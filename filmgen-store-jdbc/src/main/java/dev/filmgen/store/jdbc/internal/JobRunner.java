package dev.filmgen.store.jdbc.internal;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnHandle;
import dev.filmgen.TurnResult;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmListener;
import dev.filmgen.intent.Intent;
import dev.filmgen.session.FilmSession;
import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.FilmJobRequest;
import dev.filmgen.store.jdbc.FilmJobResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one claimed job's turns on the local agent. A film job is a new-topic turn and a make-the-film turn; when
 * the job was taken over from an instance that died, the session already has the topic, so only the
 * make-the-film turn runs, which reuses every finished result and resumes polling journaled remote tasks.
 */
public final class JobRunner {
    private JobRunner() {
    }

    public static FilmJobResult run(FilmAgent agent, FilmJob job, FilmListener listener) {
        FilmJobRequest r = job.request();
        String id = r.sessionId();
        List<TurnResult> turns = new ArrayList<>();
        if (r.kind() == FilmJobRequest.Kind.MESSAGE) {
            turns.add(await(agent.start(id, r.userMessage(), listener)));
        } else {
            Optional<FilmSession> s = agent.session(id);
            boolean topicSet = s.isPresent() && s.get().topic() != null
                    && s.get().topic().text().equals(r.text().trim())
                    && (r.imageUrl() == null) == (s.get().topic().productImage() == null);
            if (!topicSet) {
                turns.add(await(agent.start(id, new Intent.NewTopic(r.text(), r.imageUrl()), listener)));
            }
            if (turns.isEmpty() || turns.get(0).ok()) {
                turns.add(await(agent.start(id, new Intent.MakeFilm(), listener)));
            }
        }
        TurnResult last = turns.get(turns.size() - 1);
        List<String> failures = new ArrayList<>();
        for (TurnResult t : turns) {
            for (StageFailedException f : t.failures()) {
                failures.add(f.getMessage());
            }
        }
        boolean ok = failures.isEmpty() && (r.kind() == FilmJobRequest.Kind.MESSAGE || last.session().film() != null);
        return new FilmJobResult(ok, last.reply(), last.session().film(), failures,
                turns.stream().mapToInt(t -> t.calls().totalMade()).sum(),
                turns.stream().mapToInt(t -> t.calls().totalReused()).sum());
    }

    /**
     * Waits for a turn. When this thread is interrupted (the instance is closing, or lost the job's lease), the
     * turn is cancelled and waited for, up to {@link #STOP_WAIT_SECONDS}, until it has stopped writing to the
     * session: only then may the job be handed to another instance, whose turn would otherwise lose a version
     * race against this one's last save.
     */
    private static TurnResult await(TurnHandle turn) {
        try {
            return turn.result().get();
        } catch (InterruptedException e) {
            turn.cancel();
            waitStopped(turn);
            Thread.currentThread().interrupt();
            throw new CancelledException("the job's turn was stopped on this instance");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("turn failed", c);
        }
    }

    /** How long a cancelled turn is waited for before its job is handed back anyway. */
    static final long STOP_WAIT_SECONDS = 20;

    private static void waitStopped(TurnHandle turn) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        boolean interrupted = false;
        while (!turn.result().isDone() && System.nanoTime() < deadline) {
            try {
                turn.result().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException again) {
                interrupted = true; // keep waiting: the hand-back must not overtake the turn's last save
            } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException done) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
