package dev.filmgen.internal.runner;

import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs a set of stages as a graph of items (boards, roles): an item starts the moment the items it
 * reads are done, so {@code Video[i]} follows its own first frame and {@code Audio} runs beside the
 * pictures. A failed item blocks only what depends on it; everything finished stays saved.
 */
public final class GraphRunner {
    private static final Logger LOG = LoggerFactory.getLogger(GraphRunner.class);
    private enum Status { WAIT, RUNNING, DONE, FAILED, BLOCKED, CANCELLED }

    private final RunnerDeps deps;
    private final SessionKeeper keeper;
    private final TurnState state;
    private final Map<Stage, StageRun> runs = new EnumMap<>(Stage.class);
    private Set<Stage> plan = Set.of();
    private int itemsDone;

    public GraphRunner(RunnerDeps deps, SessionKeeper keeper, TurnState state) {
        this.deps = deps;
        this.keeper = keeper;
        this.state = state;
    }

    /** What a run finished and what it could not reach. */
    public record Report(List<Stage> completed, List<Stage> notReached) { }

    private static final class StageRun {
        final Stage stage;
        final Status[] items;
        final long begin = System.nanoTime();
        long start = -1;
        long end = -1;
        boolean finished;

        StageRun(Stage stage, int count) {
            this.stage = stage;
            this.items = new Status[count];
            java.util.Arrays.fill(items, Status.WAIT);
        }

        boolean success() {
            for (Status s : items) {
                if (s != Status.DONE) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Outcome(Stage stage, int index, RunnerContext ctx, Throwable error) { }

    /**
     * Runs {@code plan} (its results already cleared) until every reachable item is done. {@code bypass}
     * names items that must not reuse earlier results (-1 for a whole stage). Throws
     * {@link CancelledException} after a cancelled run has stopped.
     */
    public Report run(Set<Stage> plan, Map<Stage, Set<Integer>> bypass) {
        Map<Stage, StageRun> runs = this.runs;
        this.plan = plan;
        Set<Stage> blocked = EnumSet.noneOf(Stage.class);
        BlockingQueue<Outcome> done = new LinkedBlockingQueue<>();
        List<Stage> completed = new ArrayList<>();
        Path turnDir = workDir();
        int running = 0;
        try {
            while (true) {
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (Stage s : plan) {
                        if (runs.containsKey(s) || blocked.contains(s)) {
                            continue;
                        }
                        Boolean ready = wholeUpstreamDone(s, plan, runs, blocked);
                        if (ready == null) {
                            blocked.add(s);
                            changed = true;
                        } else if (ready && !state.cancelled()) {
                            StageRun r = new StageRun(s, SessionResults.items(s, keeper.current()));
                            runs.put(s, r);
                            state.emit(new FilmEvent.StageStarted(state.sessionId(), s, r.items.length));
                            LOG.info("stage {} started with {} item(s)", s, r.items.length);
                            changed = true;
                        }
                    }
                    for (StageRun r : runs.values()) {
                        if (r.finished) {
                            continue;
                        }
                        for (int i = 0; i < r.items.length; i++) {
                            if (r.items[i] != Status.WAIT) {
                                continue;
                            }
                            Status dep = state.cancelled() ? Status.CANCELLED : depState(r.stage, i, plan, runs, blocked);
                            if (dep == Status.DONE) {
                                r.items[i] = Status.RUNNING;
                                if (r.start < 0) {
                                    r.start = System.nanoTime();
                                }
                                dispatch(r.stage, i, bypassed(bypass, r.stage, i), turnDir, done);
                                running++;
                            } else if (dep != Status.WAIT) {
                                r.items[i] = dep == Status.CANCELLED ? Status.CANCELLED : Status.BLOCKED;
                                changed = true;
                            }
                        }
                        if (allTerminal(r)) {
                            finish(r, completed);
                            changed = true;
                        }
                    }
                }
                if (running == 0) {
                    break;
                }
                Outcome o = take(done);
                running--;
                apply(o, runs.get(o.stage()));
            }
        } finally {
            deleteQuietly(turnDir);
        }
        if (state.cancelled()) {
            throw new CancelledException("turn on session " + state.sessionId() + " was cancelled; "
                    + completed.size() + " stage(s) finished and kept");
        }
        List<Stage> notReached = new ArrayList<>();
        for (Stage s : plan) {
            StageRun r = runs.get(s);
            if (r == null || !r.success()) {
                notReached.add(s);
            }
        }
        return new Report(completed, notReached);
    }

    /** TRUE when every whole-stage ancestor in the plan succeeded, FALSE while waiting, null when one failed. */
    private static Boolean wholeUpstreamDone(Stage s, Set<Stage> plan, Map<Stage, StageRun> runs, Set<Stage> blocked) {
        boolean ready = true;
        for (Stage u : s.upstream()) {
            if (!plan.contains(u) || u.granularity() != Stage.Granularity.WHOLE) {
                continue;
            }
            StageRun r = runs.get(u);
            if (blocked.contains(u) || (r != null && r.finished && !r.success())) {
                return null;
            }
            if (r == null || !r.finished) {
                ready = false;
            }
        }
        return ready;
    }

    /** DONE when item i of s can start, WAIT while an input is pending, BLOCKED when one failed. */
    private static Status depState(Stage s, int i, Set<Stage> plan, Map<Stage, StageRun> runs, Set<Stage> blocked) {
        Status result = Status.DONE;
        for (Stage d : s.dependsOn()) {
            if (!plan.contains(d)) {
                continue;
            }
            StageRun r = runs.get(d);
            if (r == null) {
                if (blocked.contains(d)) {
                    return Status.BLOCKED;
                }
                result = Status.WAIT;
            } else if (d.granularity() == Stage.Granularity.PER_BOARD && s.granularity() == Stage.Granularity.PER_BOARD) {
                Status st = i < r.items.length ? r.items[i] : Status.BLOCKED;
                if (st == Status.FAILED || st == Status.BLOCKED || st == Status.CANCELLED) {
                    return Status.BLOCKED;
                }
                if (st != Status.DONE) {
                    result = Status.WAIT;
                }
            } else if (r.finished) {
                if (!r.success()) {
                    return Status.BLOCKED;
                }
            } else {
                result = Status.WAIT;
            }
        }
        return result;
    }

    private static boolean bypassed(Map<Stage, Set<Integer>> bypass, Stage s, int i) {
        Set<Integer> items = bypass.get(s);
        return items != null && (items.contains(-1) || items.contains(i));
    }

    private static boolean allTerminal(StageRun r) {
        for (Status s : r.items) {
            if (s == Status.WAIT || s == Status.RUNNING) {
                return false;
            }
        }
        return true;
    }

    private void dispatch(Stage stage, int i, boolean bypass, Path turnDir, BlockingQueue<Outcome> done) {
        int item = stage.granularity() == Stage.Granularity.WHOLE ? -1 : i;
        deps.itemPool().execute(() -> done.add(runItem(stage, item, i, bypass, turnDir)));
    }

    private Outcome runItem(Stage stage, int item, int slot, boolean bypass, Path turnDir) {
        state.enter();
        MDC.put("filmgen.session", state.sessionId());
        MDC.put("filmgen.stage", stage.wireName());
        if (item >= 0) {
            MDC.put("filmgen.board", String.valueOf(item + 1));
        }
        long t0 = System.nanoTime();
        RunnerContext ctx = null;
        try {
            ctx = new RunnerContext(deps, keeper, state, stage, item, bypass,
                    turnDir.resolve(stage.wireName() + "-" + slot));
            LOG.info("{} item {} started", stage, item < 0 ? "-" : String.valueOf(item + 1));
            ctx.checkCancelled();
            deps.handlers().get(stage).handle(ctx);
            LOG.info("{} item {} done in {} ms{}", stage, item < 0 ? "-" : String.valueOf(item + 1),
                    (System.nanoTime() - t0) / 1_000_000, ctx.allReused() ? " (reused)" : "");
            return new Outcome(stage, slot, ctx, null);
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError) {
                throw (VirtualMachineError) t;
            }
            return new Outcome(stage, slot, ctx, t);
        } finally {
            MDC.remove("filmgen.board");
            MDC.remove("filmgen.stage");
            MDC.remove("filmgen.session");
            state.leave();
        }
    }

    private void apply(Outcome o, StageRun r) {
        r.end = System.nanoTime();
        Stage s = o.stage();
        int board = s.granularity() == Stage.Granularity.PER_BOARD ? o.index() : -1;
        if (o.error() == null) {
            r.items[o.index()] = Status.DONE;
            if (s.granularity() != Stage.Granularity.WHOLE) {
                state.emit(new FilmEvent.ItemDone(state.sessionId(), s, o.index(), itemName(s, o.index()),
                        o.ctx().lastAsset(), o.ctx().allReused()));
            }
            itemsDone++;
            state.emit(new FilmEvent.Progress(state.sessionId(), s, itemsDone, plannedItems()));
            return;
        }
        Throwable t = o.error();
        if (state.cancelled() || t instanceof CancelledException) {
            r.items[o.index()] = Status.CANCELLED;
            LOG.info("{} item {} cancelled", s, o.index() + 1);
            return;
        }
        r.items[o.index()] = Status.FAILED;
        StageFailedException f = t instanceof StageFailedException ? (StageFailedException) t
                : new StageFailedException(s, board, whatFailed(s, o.index()) + String.valueOf(t.getMessage()), t);
        state.fail(f);
        LOG.warn("{} failed: {}", s, f.getMessage(), t);
        state.emit(new FilmEvent.StageFailed(state.sessionId(), s, board, code(t), f.getMessage()));
    }

    /** Items planned in this turn: exact for started stages, estimated from the config for the others. */
    private int plannedItems() {
        int total = 0;
        for (Stage s : plan) {
            StageRun r = runs.get(s);
            if (r != null) {
                total += r.items.length;
            } else if (s.granularity() == Stage.Granularity.PER_BOARD) {
                int boards = keeper.current().boards().size();
                total += boards > 0 ? boards : deps.config().maxBoards();
            } else if (s.granularity() == Stage.Granularity.PER_ROLE) {
                int roles = keeper.current().roles().size();
                total += roles > 0 ? roles : deps.config().maxRoles();
            } else {
                total++;
            }
        }
        return Math.max(total, itemsDone);
    }

    private String whatFailed(Stage s, int index) {
        return s.granularity() == Stage.Granularity.PER_ROLE ? "role '" + itemName(s, index) + "': " : "";
    }

    private void finish(StageRun r, List<Stage> completed) {
        r.finished = true;
        long endNanos = r.end < 0 ? System.nanoTime() : r.end;
        long startNanos = r.start < 0 ? r.begin : r.start;
        Duration elapsed = Duration.ofNanos(Math.max(0, endNanos - startNanos));
        state.timing(r.stage, elapsed);
        if (!r.success()) {
            LOG.info("stage {} ended incomplete after {} ms", r.stage, elapsed.toMillis());
            return;
        }
        FilmSession s = keeper.update(b -> b.complete(r.stage));
        completed.add(r.stage);
        LOG.info("stage {} done in {} ms", r.stage, elapsed.toMillis());
        state.emit(new FilmEvent.StageDone(state.sessionId(), r.stage, SessionResults.summary(r.stage, s),
                elapsed.toMillis()));
    }

    private String itemName(Stage s, int index) {
        if (s.granularity() == Stage.Granularity.PER_ROLE) {
            FilmSession cur = keeper.current();
            return index < cur.roles().size() ? cur.roles().get(index).name() : "role " + (index + 1);
        }
        return "board " + (index + 1);
    }

    static String code(Throwable t) {
        if (t instanceof RateLimitedException) return "rate_limited";
        if (t instanceof DeadlineExceededException) return "deadline_exceeded";
        if (t instanceof ProviderRejectedException) return "provider_rejected";
        if (t instanceof AuthenticationException) return "authentication";
        if (t instanceof InvalidInputException) return "invalid_input";
        if (t instanceof RetriableException) return "unavailable";
        return "failed";
    }

    private static Outcome take(BlockingQueue<Outcome> q) {
        while (true) {
            try {
                return q.take();
            } catch (InterruptedException e) {
                // keep waiting: running items always report back, and cancellation goes through TurnState
                Thread.currentThread().interrupt();
                Thread.interrupted();
            }
        }
    }

    private Path workDir() {
        try {
            Files.createDirectories(deps.workRoot());
            return Files.createTempDirectory(deps.workRoot(), "turn-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create a work folder in " + deps.workRoot(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not remove work folder {}", dir, e);
        }
    }
}
