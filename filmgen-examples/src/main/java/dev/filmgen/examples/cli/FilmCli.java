package dev.filmgen.examples.cli;

import dev.filmgen.TurnResult;
import dev.filmgen.domain.Board;
import dev.filmgen.cost.FilmCost;
import dev.filmgen.domain.Film;
import dev.filmgen.domain.FrameCheck;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.BudgetExceededException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.examples.FilmSetup;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code filmgen} command: makes an ad film from a product theme, or resumes / edits an earlier
 * session. Offline without a key, DashScope with {@code DASHSCOPE_API_KEY}. Exit status 0 on success,
 * 1 when a stage failed (the session keeps what was made), 2 for bad input.
 */
public final class FilmCli {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private int callsMade;
    private int callsReused;
    private FilmCost cost = FilmCost.NONE;

    FilmCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        }
        int code = new FilmCli(System.out, System.err, System.getenv()).run(args);
        System.exit(code);
    }

    /** Runs the command; returns the exit status. */
    int run(String[] args) {
        if (args.length > 0 && args[0].equals("batch")) {
            return new BatchCli(out, err, env).run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        CliOptions o;
        String image;
        try {
            o = CliOptions.parse(args);
            if (o == null) {
                out.println(CliOptions.USAGE);
                return 0;
            }
            Outputs.checkWritable(o.out());
            image = o.image() == null ? null : ProductPhoto.resolve(o.image(), o.dataDir().resolve("inputs"),
                    FilmSetup.pixelBudget(env));
        } catch (CliOptions.UsageException | InvalidInputException e) {
            err.println("filmgen: " + e.getMessage());
            return 2;
        }
        ProgressBar bar = new ProgressBar(err, System.console() != null);
        FilmSetup setup;
        try {
            setup = FilmSetup.create(new FilmSetup.Options(o.dataDir(), o.config(), o.offline(), o.seed(), null,
                    null, env, o.boards(), o.roles(), o.aspect(), o.budget()), bar);
        } catch (FilmgenException e) {
            err.println("filmgen: " + e.getMessage());
            return 2;
        }
        try (setup) {
            err.println("filmgen " + setup.modelsLine());
            err.println("filmgen " + setup.storageLine());
            if (setup.jdbc().isPresent()) {
                err.println("filmgen " + setup.sessionsLine());
            }
            return make(o, image, setup, bar);
        } catch (CliOptions.UsageException | InvalidInputException e) {
            // a turn refuses bad input (a voice the model lacks, a model the region does not offer, media the
            // provider could not fetch) before it pays for anything
            bar.finish();
            err.println("filmgen: " + e.getMessage());
            return 2;
        } catch (FilmgenException | IOException e) {
            bar.finish();
            err.println("filmgen: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            bar.finish();
            err.println("filmgen: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (the session keeps what was made; --verbose logs more)");
            return 1;
        }
    }

    /** Model calls the last {@link #run} made (retries not counted twice). */
    int callsMade() {
        return callsMade;
    }

    /** Results the last {@link #run} reused from the session instead of calling a model. */
    int callsReused() {
        return callsReused;
    }

    /** What the last {@link #run}'s model calls cost. */
    FilmCost cost() {
        return cost;
    }

    private int make(CliOptions o, String image, FilmSetup setup, ProgressBar bar)
            throws CliOptions.UsageException, IOException {
        String sessionId = o.session() != null ? o.session() : newSessionId();
        Optional<FilmSession> existing = setup.agent().session(sessionId);
        if (o.session() != null && existing.isEmpty() && o.topic() == null) {
            throw new CliOptions.UsageException("no session '" + sessionId + "' in " + o.dataDir()
                    + "; give a product theme to start one");
        }
        List<TurnResult> turns = new ArrayList<>();
        if (existing.isEmpty() || existing.get().topic() == null) {
            turns.add(setup.agent().run(sessionId, new Intent.NewTopic(o.topic(), image), null));
        } else if (o.topic() != null && !o.topic().equals(existing.get().topic().text())) {
            err.println("filmgen: session " + sessionId + ": " + o.topic());
            TurnResult edit = setup.agent().chat(sessionId, new UserMessage(o.topic(), null, image), null);
            turns.add(edit);
            if (edit.reply() != null && !edit.reply().isBlank()) {
                bar.finish();
                err.println("filmgen: " + edit.reply());
            }
        }
        TurnResult last = setup.agent().run(sessionId, new Intent.MakeFilm(), null);
        turns.add(last);
        bar.finish();
        callsMade = turns.stream().mapToInt(t -> t.calls().totalMade()).sum();
        callsReused = turns.stream().mapToInt(t -> t.calls().totalReused()).sum();
        cost = turns.stream().map(TurnResult::cost).reduce(FilmCost.NONE, FilmCost::plus);
        FilmSession session = last.session();
        printTimings(turns);
        if (!last.ok() || session.film() == null) {
            Optional<BudgetExceededException> stop = budgetStop(turns);
            for (StageFailedException f : failures(turns)) {
                if (!(f.getCause() instanceof BudgetExceededException)) {
                    err.println("filmgen: " + f.getMessage());
                }
            }
            if (stop.isPresent()) {
                err.println("filmgen: stopped at the budget of " + FilmCost.yuan(stop.get().budget()) + ": "
                        + FilmCost.yuan(cost.total()) + " spent; " + stop.get().getMessage());
                err.println("filmgen: " + notMade(session) + " Everything made is kept. Finish it with a larger budget:"
                        + " ./filmgen --session " + sessionId + " --budget <yuan>");
            } else {
                err.println("filmgen: the film is not finished; what was made is kept. Resume with: ./filmgen --session "
                        + sessionId);
            }
            out.println("session: " + setup.sessionLocation(sessionId));
            return 1;
        }
        Film film = session.film();
        Outputs.copy(setup.storage(), film.video(), o.out());
        Path sheet = Outputs.sheetPath(o.out());
        new ContactSheet(Outputs.font()).write(cells(setup, session), sheet);
        out.println("film:        " + o.out().toAbsolutePath() + String.format(Locale.ROOT, "  (%.1f s)",
                film.durationSeconds()));
        out.println("storyboard:  " + sheet.toAbsolutePath());
        out.println("session:     " + setup.sessionLocation(sessionId)
                + "  (resume or edit: ./filmgen --session " + sessionId + " \"<edit>\")");
        out.println("link:        " + film.link());
        out.println("model calls: " + callsMade + " made, " + callsReused + " reused");
        return 0;
    }

    private static Optional<BudgetExceededException> budgetStop(List<TurnResult> turns) {
        for (StageFailedException f : failures(turns)) {
            if (f.getCause() instanceof BudgetExceededException) {
                return Optional.of((BudgetExceededException) f.getCause());
            }
        }
        return Optional.empty();
    }

    /** "Not made yet: clips of boards 3–4, the film." from what the session lacks. */
    private static String notMade(FilmSession s) {
        List<String> missing = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (!s.completed().contains(stage) && stage != Stage.TOPIC) {
                missing.add(stage.wireName());
            }
        }
        return missing.isEmpty() ? "" : "Not made yet: " + String.join(", ", missing) + ".";
    }

    private static List<StageFailedException> failures(List<TurnResult> turns) {
        List<StageFailedException> all = new ArrayList<>();
        turns.forEach(t -> all.addAll(t.failures()));
        return all;
    }

    private List<ContactSheet.Cell> cells(FilmSetup setup, FilmSession s) {
        List<ContactSheet.Cell> cells = new ArrayList<>();
        for (Board b : s.boards()) {
            MediaAsset frame = s.firstFrames().get(b.index());
            FrameCheck check = s.frameChecks().get(b.index());
            Double score = check != null && frame != null && check.kept().picture().equals(frame) ? check.score() : null;
            cells.add(new ContactSheet.Cell(frame == null ? null : Outputs.readImage(setup.storage(), frame,
                    FilmSetup.pixelBudget(env)), b.narration(), score, check == null ? 0 : check.minScore()));
        }
        return cells;
    }

    private void printTimings(List<TurnResult> turns) {
        Map<Stage, Duration> total = new EnumMap<>(Stage.class);
        for (TurnResult t : turns) {
            t.timings().forEach((stage, d) -> total.merge(stage, d, Duration::plus));
        }
        if (total.isEmpty()) {
            err.println("nothing to re-make: every stage is already done");
            err.println(cost.summary());
            return;
        }
        err.println();
        err.println(String.format(Locale.ROOT, "%-22s %9s %10s", "stage", "seconds", "cost"));
        total.forEach((stage, d) -> err.println(String.format(Locale.ROOT, "%-22s %9.1f %10s", stage.wireName(),
                d.toMillis() / 1000.0, FilmCost.yuan(cost.stage(stage).amount()))));
        err.println(cost.summary());
    }

    private static String newSessionId() {
        return "film-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }
}
