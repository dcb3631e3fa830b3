package dev.filmgen.examples.cli;

import dev.filmgen.error.FilmgenException;
import dev.filmgen.examples.FilmSetup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code filmgen batch products.csv --out-dir DIR [--workers N]}: one film per CSV row into
 * {@code DIR/<id>.mp4}, every row's outcome in {@code DIR/results.csv}. Rows whose film is already in DIR are
 * skipped; bad rows are reported and the rest go on. With {@code FILMGEN_JDBC_URL} the rows are film jobs in
 * PostgreSQL that every process running the same batch shares ({@link SharedBatch}); without it this process
 * makes them ({@link LocalBatch}). Exit 0 when every row has its film, 1 otherwise, 2 for a bad command or CSV.
 */
final class BatchCli {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    BatchCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(String[] args) {
        BatchOptions o;
        ProductsCsv.Parsed parsed;
        try {
            o = BatchOptions.parse(args);
            if (o == null) {
                out.println(BatchOptions.USAGE);
                return 0;
            }
            parsed = ProductsCsv.read(o.csv());
            Files.createDirectories(o.outDir());
        } catch (CliOptions.UsageException e) {
            err.println("filmgen batch: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("filmgen batch: cannot create --out-dir: " + e.getMessage());
            return 2;
        }
        parsed.warnings().forEach(w -> err.println("filmgen batch: note: " + w));
        String batch = o.batch() != null ? o.batch() : contentName(o.csv());
        FilmSetup setup;
        try {
            setup = FilmSetup.create(new FilmSetup.Options(o.dataDir(), o.config(), o.offline(), null, null, null,
                    env, null, null, null), null);
        } catch (FilmgenException e) {
            err.println("filmgen batch: " + e.getMessage());
            return 2;
        }
        try (setup) {
            err.println("filmgen " + setup.modelsLine());
            err.println("filmgen " + setup.storageLine());
            err.println("filmgen " + setup.sessionsLine());
            List<Outcome> outcomes = new ArrayList<>();
            List<Product> todo = new ArrayList<>();
            BatchProgress progress = new BatchProgress(err, System.console() != null, parsed.products().size());
            for (Product p : parsed.products()) {
                Path film = o.outDir().resolve(p.fileName());
                if (!p.valid()) {
                    outcomes.add(ended(progress, new Outcome(p, Outcome.Status.INVALID, null, null, null, p.problem())));
                } else if (Files.isRegularFile(film)) {
                    outcomes.add(ended(progress, new Outcome(p, Outcome.Status.SKIPPED, film, null, null, null)));
                } else {
                    todo.add(p);
                }
            }
            err.println("filmgen batch " + batch + ": " + parsed.products().size() + " rows, " + todo.size()
                    + " to make" + (setup.jdbc().isPresent() ? " (shared through PostgreSQL)" : "")
                    + ", " + o.workers() + " at once here");
            if (setup.jdbc().isPresent()) {
                outcomes.addAll(new SharedBatch(setup, setup.jdbc().get(), batch, o.outDir(), progress)
                        .run(todo, o.workers()));
            } else {
                outcomes.addAll(new LocalBatch(setup, batch, o.outDir(), progress).run(todo, o.workers()));
            }
            progress.finish();
            outcomes.sort(Comparator.comparingInt(x -> x.product().row()));
            Path results = o.outDir().resolve("results.csv");
            BatchResults.write(results, outcomes);
            long made = outcomes.stream().filter(Outcome::hasFilm).count();
            out.println("batch " + batch + ": " + made + " of " + outcomes.size() + " rows have their film; results: "
                    + results.toAbsolutePath());
            return made == outcomes.size() ? 0 : 1;
        } catch (IOException | FilmgenException e) {
            err.println("filmgen batch: " + e.getMessage());
            return 1;
        }
    }

    private static Outcome ended(BatchProgress progress, Outcome o) {
        progress.ended(o, false);
        return o;
    }

    /** A short name from the CSV's bytes, so the same file started on two machines is the same batch. */
    static String contentName(Path csv) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv));
            return "csv-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "csv-" + Integer.toHexString(csv.toAbsolutePath().toString().hashCode());
        }
    }

    /** The session of a row: {@code batch-<batch>-<id>}, the id made ASCII-safe (and then suffixed by a hash). */
    static String sessionId(String batch, Product p) {
        String safe = p.id().replaceAll("[^A-Za-z0-9._-]", "_");
        if (!safe.equals(p.id())) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(p.id().getBytes(StandardCharsets.UTF_8));
                safe += "-" + HexFormat.of().formatHex(d, 0, 3);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }
        return "batch-" + batch + "-" + safe;
    }
}
