package dev.filmgen.examples.cli;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Film;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.examples.FilmSetup;
import dev.filmgen.intent.Intent;
import dev.filmgen.session.FilmSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes a batch's rows in this process, {@code workers} at once. A row whose session already has its topic
 * (a run that stopped half-way) only runs make-the-film, which reuses what was made and resumes remote tasks.
 */
final class LocalBatch {
    private final FilmSetup setup;
    private final String batch;
    private final Path outDir;
    private final BatchProgress progress;

    LocalBatch(FilmSetup setup, String batch, Path outDir, BatchProgress progress) {
        this.setup = setup;
        this.batch = batch;
        this.outDir = outDir;
        this.progress = progress;
    }

    List<Outcome> run(List<Product> todo, int workers) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Product p : todo) {
                futures.add(pool.submit(() -> make(p)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a batch row failed unexpectedly", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome make(Product p) {
        progress.started();
        long t0 = System.nanoTime();
        Outcome o;
        try {
            FilmAgent agent = setup.agentFor(p.boards(), p.roles(), p.aspect(), p.seed());
            String id = BatchCli.sessionId(batch, p);
            Optional<FilmSession> s = agent.session(id);
            List<TurnResult> turns = new ArrayList<>();
            if (s.isEmpty() || s.get().topic() == null || !s.get().topic().text().equals(p.topic())) {
                turns.add(agent.run(id, new Intent.NewTopic(p.topic(), p.image()), null));
            }
            if (turns.isEmpty() || turns.get(0).ok()) {
                turns.add(agent.run(id, new Intent.MakeFilm(), null));
            }
            Film film = turns.get(turns.size() - 1).session().film();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (film == null) {
                List<String> why = new ArrayList<>();
                turns.forEach(t -> t.failures().forEach((StageFailedException f) -> why.add(f.getMessage())));
                o = new Outcome(p, Outcome.Status.FAILED, null, null, seconds,
                        why.isEmpty() ? "no film was made" : String.join("; ", why));
            } else {
                Path target = outDir.resolve(p.fileName());
                Outputs.copy(setup.storage(), film.video(), target);
                o = new Outcome(p, Outcome.Status.MADE, target, film.link(), seconds, null);
            }
        } catch (Exception e) {
            o = new Outcome(p, Outcome.Status.FAILED, null, null, (System.nanoTime() - t0) / 1e9,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        progress.ended(o, true);
        return o;
    }
}
