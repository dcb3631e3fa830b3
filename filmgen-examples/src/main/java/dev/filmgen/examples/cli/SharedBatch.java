package dev.filmgen.examples.cli;

import dev.filmgen.examples.FilmSetup;
import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.FilmJobRequest;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.store.jdbc.JdbcFilmJobs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch shared through PostgreSQL: every row is a film job keyed by its id in the queue {@code batch-<name>},
 * so every process running the same batch adds the same jobs once and claims them between them (each film made
 * once; a process that dies leaves its rows to the others). This process works {@code workers} rows at once and
 * waits until each of its rows has ended, wherever; films made elsewhere are copied into the output folder from the
 * shared storage when it can read them (OSS; a local folder only when the processes share it).
 */
final class SharedBatch {
    private final FilmSetup setup;
    private final JdbcFilmBackend jdbc;
    private final String queue;
    private final String batch;
    private final Path outDir;
    private final BatchProgress progress;

    SharedBatch(FilmSetup setup, JdbcFilmBackend jdbc, String batch, Path outDir, BatchProgress progress) {
        this.setup = setup;
        this.jdbc = jdbc;
        this.batch = batch;
        this.queue = "batch-" + batch;
        this.outDir = outDir;
        this.progress = progress;
    }

    List<Outcome> run(List<Product> todo, int workers) {
        List<Outcome> outcomes = new ArrayList<>();
        if (todo.isEmpty()) {
            return outcomes;
        }
        try (JdbcFilmJobs jobs = JdbcFilmJobs.builder().backend(jdbc).queues(queue).workers(workers)
                .agents(r -> setup.agentFor(r.settings().boards(), r.settings().roles(), r.settings().aspect(),
                        r.settings().seed()))
                .pollInterval(Duration.ofMillis(500)).build()) {
            Map<Long, Product> waiting = new LinkedHashMap<>();
            for (Product p : todo) {
                FilmJobRequest r = FilmJobRequest.film(BatchCli.sessionId(batch, p), p.topic(), p.image())
                        .withSettings(new FilmJobRequest.Settings(p.boards(), p.roles(), p.aspect(), p.seed()));
                waiting.put(jobs.submit(queue, p.id(), r).id(), p);
            }
            jobs.start();
            Set<Long> seenRunning = new HashSet<>();
            while (!waiting.isEmpty()) {
                for (FilmJob j : jobs.jobs(queue)) {
                    Product p = waiting.get(j.id());
                    if (p == null) {
                        continue;
                    }
                    if (j.status() == FilmJob.Status.RUNNING && seenRunning.add(j.id())) {
                        progress.started();
                    }
                    if (j.status().finished()) {
                        waiting.remove(j.id());
                        Outcome o = outcome(p, j);
                        progress.ended(o, seenRunning.contains(j.id()));
                        outcomes.add(o);
                    }
                }
                if (!waiting.isEmpty()) {
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the batch", e);
                    }
                }
            }
        }
        return outcomes;
    }

    private Outcome outcome(Product p, FilmJob j) {
        Double seconds = j.startedAt() == null || j.finishedAt() == null ? null
                : Duration.between(j.startedAt(), j.finishedAt()).toMillis() / 1000.0;
        if (j.status() != FilmJob.Status.DONE || j.result() == null || j.result().film() == null) {
            String why = j.error() != null ? j.error() : "no film was made (" + j.status().name().toLowerCase() + ")";
            return new Outcome(p, Outcome.Status.FAILED, null, null, seconds, why);
        }
        boolean here = jdbc.instanceId().equals(j.owner());
        Outcome.Status status = here ? Outcome.Status.MADE : Outcome.Status.MADE_ELSEWHERE;
        Path target = outDir.resolve(p.fileName());
        try {
            Outputs.copy(setup.storage(), j.result().film().video(), target);
            return new Outcome(p, status, target, j.result().film().link(), seconds, null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(p, status, null, j.result().film().link(), seconds, "made by " + j.owner()
                    + " but its storage cannot be read here (" + e.getMessage() + "); share storage (OSS) between"
                    + " machines to collect every film in one folder");
        }
    }
}
