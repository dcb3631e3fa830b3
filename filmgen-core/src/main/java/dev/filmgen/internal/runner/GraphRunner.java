package dev.filmgen.internal.runner;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.SessionConflictException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.internal.runner.ItemGraph.StageRun;
import dev.filmgen.internal.runner.ItemGraph.Status;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.WorkRoot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
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
    /** = {@code FilmAgent.REQUEST_ID_KEY} (the runner may not depend on the entry point). */
    private static final String REQUEST_KEY = "filmgen.request";
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final RunnerDeps deps;
    private final SessionKeeper keeper;
    private final TurnState state;
    private ItemGraph graph = new ItemGraph(Set.of());
    private int itemsDone;
    private SessionConflictException conflict;

    public GraphRunner(RunnerDeps deps, SessionKeeper keeper, TurnState state) {
        this.deps = deps;
        this.keeper = keeper;
        this.state = state;
    }

    /** What a run finished and what it could not reach. */
    public record Report(List<Stage> completed, List<Stage> notReached) { }

    private record Outcome(Stage stage, int index, RunnerContext ctx, Throwable error) { }

    /**
     * Runs {@code plan} (its results already cleared) until every reachable item is done. {@code bypass}
     * names items that must not reuse earlier results (-1 for a whole stage). Throws
     * {@link CancelledException} after a cancelled run has stopped.
     */
    public Report run(Set<Stage> plan, Map<Stage, Set<Integer>> bypass) {
        graph = new ItemGraph(plan);
        BlockingQueue<Outcome> done = new LinkedBlockingQueue<>();
        List<Stage> completed = new ArrayList<>();
        Path turnDir = workDir();
        int running = 0;
        try {
            while (true) {
                boolean changed = true;
                while (changed) {
                    changed = expand();
                    for (StageRun r : graph.runs.values()) {
                        if (r.finished) {
                            continue;
                        }
                        for (int i = 0; i < r.items.length; i++) {
                            if (r.items[i] != Status.WAIT) {
                                continue;
                            }
                            Status inputs = state.cancelled() ? Status.CANCELLED
                                    : conflict != null || state.bill().stopped().isPresent() ? Status.BLOCKED
                                    : graph.inputs(r.stage, i);
                            if (inputs == Status.DONE) {
                                r.items[i] = Status.RUNNING;
                                r.start = r.start < 0 ? System.nanoTime() : r.start;
                                dispatch(r.stage, i, bypassed(bypass, r.stage, i), turnDir, done);
                                running++;
                            } else if (inputs != Status.WAIT) {
                                r.items[i] = inputs;
                                changed = true;
                            }
                        }
                        if (r.allTerminal()) {
                            finish(r, completed);
                            changed = true;
                        }
                    }
                }
                if (running == 0) {
                    break;
                }
                Outcome o = take(done);
                if (o == null) {
                    abandon();
                    break;
                }
                running--;
                apply(o, graph.runs.get(o.stage()));
            }
        } finally {
            deleteQuietly(turnDir);
        }
        if (conflict != null) {
            throw conflict;
        }
        if (state.expired()) {
            throw new DeadlineExceededException("turn on session " + state.sessionId()
                    + " ran past its deadline and was stopped; " + completed.size() + " stage(s) finished and kept",
                    null);
        }
        if (state.cancelled()) {
            throw new CancelledException("turn on session " + state.sessionId() + " was cancelled; "
                    + completed.size() + " stage(s) finished and kept");
        }
        List<Stage> notReached = new ArrayList<>();
        for (Stage s : graph.plan) {
            StageRun r = graph.runs.get(s);
            if (r == null || !r.success()) {
                notReached.add(s);
            }
        }
        return new Report(completed, notReached);
    }

    /** Expands every stage whose whole-stage inputs are done into items; marks blocked ones. Returns whether any changed. */
    private boolean expand() {
        boolean changed = false;
        for (Stage s : graph.plan) {
            if (graph.runs.containsKey(s) || graph.blocked.contains(s)) {
                continue;
            }
            Boolean ready = graph.expandable(s);
            if (ready == null) {
                graph.blocked.add(s);
                changed = true;
            } else if (ready && !state.cancelled()) {
                StageRun r = new StageRun(s, SessionResults.items(s, keeper.current()));
                graph.runs.put(s, r);
                state.emit(new FilmEvent.StageStarted(state.sessionId(), s, r.items.length));
                LOG.info("stage {} started with {} item(s)", s, r.items.length);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean bypassed(Map<Stage, Set<Integer>> bypass, Stage s, int i) {
        Set<Integer> items = bypass.get(s);
        return items != null && (items.contains(-1) || items.contains(i));
    }

    /**
     * Runs one item on the item pool. Whatever happens to it (an {@link Error} such as OutOfMemoryError
     * included, or a pool that refuses the task), exactly one outcome reaches {@code done}, so the turn ends.
     */
    private void dispatch(Stage stage, int i, boolean bypass, Path turnDir, BlockingQueue<Outcome> done) {
        int item = stage.granularity() == Stage.Granularity.WHOLE ? -1 : i;
        try {
            deps.itemPool().execute(() -> {
                Outcome o;
                try {
                    o = runItem(stage, item, i, bypass, turnDir);
                } catch (Throwable t) {
                    o = new Outcome(stage, i, null, t);
                }
                done.add(o);
            });
        } catch (RejectedExecutionException e) {
            done.add(new Outcome(stage, i, null, e));
        }
    }

    /** The turn passed its deadline and its grace: items still running are given up and marked failed. */
    private void abandon() {
        List<String> left = new ArrayList<>();
        for (StageRun r : graph.runs.values()) {
            for (int i = 0; i < r.items.length; i++) {
                if (r.items[i] == Status.RUNNING) {
                    r.items[i] = Status.FAILED;
                    left.add(r.stage + (r.stage.granularity() == Stage.Granularity.WHOLE ? "" : " " + itemName(r.stage, i)));
                }
            }
        }
        state.abandon();
        LOG.warn("turn on session {} passed its deadline; gave up waiting for {} (their late results are not saved)",
                state.sessionId(), left);
    }

    private Outcome runItem(Stage stage, int item, int slot, boolean bypass, Path turnDir) {
        state.enter();
        MDC.put("filmgen.session", state.sessionId());
        if (state.requestId() != null) {
            MDC.put(REQUEST_KEY, state.requestId());
        }
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
            // every throwable, OutOfMemoryError included, fails this item only; the turn goes on and ends
            return new Outcome(stage, slot, ctx, t);
        } finally {
            MDC.remove("filmgen.board");
            MDC.remove("filmgen.stage");
            MDC.remove("filmgen.session");
            MDC.remove(REQUEST_KEY);
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
                MediaAsset kept = SessionResults.itemAsset(s, o.index(), keeper.current());
                state.emit(new FilmEvent.ItemDone(state.sessionId(), s, o.index(), itemName(s, o.index()),
                        kept != null ? kept : o.ctx().lastAsset(), o.ctx().allReused()));
            }
            itemsDone++;
            state.emit(new FilmEvent.Progress(state.sessionId(), s, itemsDone, plannedItems()));
            return;
        }
        Throwable t = o.error();
        if (t instanceof SessionConflictException) {
            // someone else saved this session: stop starting items, report the conflict as the turn's outcome
            r.items[o.index()] = Status.FAILED;
            conflict = conflict == null ? (SessionConflictException) t : conflict;
            LOG.warn("{} stopped: {}", s, t.getMessage());
            return;
        }
        if (state.cancelled() || t instanceof CancelledException) {
            r.items[o.index()] = Status.CANCELLED;
            LOG.info("{} item {} cancelled", s, o.index() + 1);
            return;
        }
        r.items[o.index()] = Status.FAILED;
        // Clients (events, replies, the wire) get words without server paths or native logs; the server log gets
        // everything under the turn's request id, which those words name whenever something was held back.
        String client = whatFailed(s, o.index()) + (t instanceof Error ? causeText(t)
                + requestRef() : ErrorCodes.clientMessage(t, state.requestId()));
        StageFailedException f = t instanceof StageFailedException ? (StageFailedException) t // our own words
                : new StageFailedException(s, board, client, t);
        state.fail(f);
        String where = s + (board >= 0 ? " board " + (board + 1) : "");
        if (t instanceof Error) {
            LOG.error("{} failed [request {}]", where, state.requestId(), t);
        } else {
            LOG.warn("{} failed [request {}]: {}", where, state.requestId(), t.getMessage());
            LOG.debug("{} failure cause", s, t);
        }
        state.emit(new FilmEvent.StageFailed(state.sessionId(), s, board, ErrorCodes.of(t), f.getMessage()));
    }

    /** What went wrong, in words a client may read: an {@link Error}'s own text is for the server log only. */
    private static String causeText(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "the server ran out of memory while making it";
        }
        if (t instanceof Error) {
            return "an internal error (" + t.getClass().getSimpleName() + ")";
        }
        return String.valueOf(t.getMessage());
    }

    private String requestRef() {
        return state.requestId() == null ? "" : " (request " + state.requestId() + ")";
    }

    /** Items planned in this turn: exact for started stages, estimated from the config for the others. */
    private int plannedItems() {
        int total = 0;
        for (Stage s : graph.plan) {
            StageRun r = graph.runs.get(s);
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
        long startNanos = r.start < 0 ? r.expandedAt : r.start;
        Duration elapsed = Duration.ofNanos(Math.max(0, endNanos - startNanos));
        state.timing(r.stage, elapsed);
        if (!r.success()) {
            LOG.info("stage {} ended incomplete after {} ms", r.stage, elapsed.toMillis());
            return;
        }
        FilmSession s;
        try {
            s = keeper.update(b -> b.complete(r.stage));
        } catch (SessionConflictException e) {
            conflict = conflict == null ? e : conflict;
            return;
        }
        completed.add(r.stage);
        LOG.info("stage {} done in {} ms", r.stage, elapsed.toMillis());
        state.emit(new FilmEvent.StageDone(state.sessionId(), r.stage, BuiltinHandlers.render(r.stage, s, s.language()),
                elapsed.toMillis()));
    }

    private String itemName(Stage s, int index) {
        if (s.granularity() == Stage.Granularity.PER_ROLE) {
            FilmSession cur = keeper.current();
            return index < cur.roles().size() ? cur.roles().get(index).name() : "role " + (index + 1);
        }
        return "board " + (index + 1);
    }

    /**
     * Waits for the next finished item, or null when the turn expired and its grace is over; an interrupt of the
     * coordinator cancels the turn.
     */
    private Outcome take(BlockingQueue<Outcome> q) {
        while (true) {
            try {
                long left = state.waitLeftNanos();
                if (left <= 0) {
                    return q.poll();
                }
                Outcome o = q.poll(Math.min(left, TICK_NANOS), TimeUnit.NANOSECONDS); // ticks to notice an expiry
                if (o != null) {
                    return o;
                }
            } catch (InterruptedException e) {
                state.cancel();
            }
        }
    }

    /** The turn's scratch folder, in this process's folder of the work root (swept after a crash). */
    private Path workDir() {
        return WorkRoot.at(deps.workRoot()).newFolder("turn-");
    }

    private static void deleteQuietly(Path dir) {
        WorkRoot.deleteTree(dir);
    }
}
