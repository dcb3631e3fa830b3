package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.handler.Handler;
import dev.filmgen.model.ModelSet;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.MemoryStorage;
import dev.filmgen.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract kit of {@link Handler}, which any custom handler runs: given a realistic session (an English film of
 * three boards and two roles, its media stored, {@link KitSessions}) and a {@link KitStageContext} that behaves like
 * the runner's, a handler records its result for every item; changes nothing else (other stages, other items, the
 * completed set, which is the runner's); records only stored media, so results survive a restart; emits events of
 * its own session and stage only, never the runner's (stage started or done, item done, progress, failure, quota
 * wait, reply); makes no model call once the turn is cancelled and never swallows the
 * cancellation; fails before any model call, naming the board, when an input of its board is missing; lets a
 * failed model call end the item with the provider's failure (its error code intact; a
 * wrapping {@code StageFailedException} must name the stage and board) and records nothing for it; replaces its
 * result when run again; and one instance serves several items and sessions at once.
 *
 * <pre>{@code
 * class WatermarkedFilmHandlerKitTest extends HandlerKit {
 *     protected Handler handler() { return new WatermarkedFilmHandler(new FilmHandler()); }
 *     protected Stage stage() { return Stage.FILM; }
 * }
 * }</pre>
 *
 * The subclass may replace the model ports ({@link #models()}: by default text answers in the shape of every
 * built-in text stage, small real pictures and voices, placeholder clips), the composer, the probe or the config.
 */
public abstract class HandlerKit {
    @TempDir
    protected Path dir;
    private final AtomicInteger contexts = new AtomicInteger();

    /** The handler under test. */
    protected abstract Handler handler();

    /** The stage it handles. */
    protected abstract Stage stage();

    /** The model ports the context calls. */
    protected ModelSet models() {
        return KitModels.set();
    }

    /** The composer the context hands out. */
    protected Composer composer() {
        return KitModels.composer();
    }

    /** The probe the context hands out. */
    protected MediaProbe probe() {
        return KitModels.probe();
    }

    /** A new, empty store for one context's results; by default in memory ({@code MemoryStorage}). */
    protected Storage storage() {
        return new MemoryStorage();
    }

    /** The film settings. */
    protected FilmConfig config() {
        return FilmConfig.defaults();
    }

    /** A fresh context for {@code item} over the session as the runner would hand it over, with its own storage. */
    protected KitStageContext context(int item) {
        int n = contexts.incrementAndGet();
        Storage storage = storage();
        return context(KitSessions.before(stage(), item, storage), item, storage, n);
    }

    private KitStageContext context(FilmSession session, int item, Storage storage, int n) {
        try {
            return KitStageContext.builder(session, stage(), item).models(models()).composer(composer())
                    .probe(probe()).config(config()).storage(storage)
                    .workDir(Files.createDirectories(dir.resolve("work-" + n))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The items of the stage under test: board or role indexes, or -1. */
    protected List<Integer> items() {
        return KitSessions.items(stage(), KitSessions.texts());
    }

    private static String name(Stage stage, int item) {
        return stage + (item < 0 ? "" : " item " + item);
    }

    @Test
    void recordsItsResultForEveryItem() {
        for (int item : items()) {
            KitStageContext ctx = context(item);
            assertEquals(stage() == Stage.TOPIC, KitSessions.result(stage(), item, ctx.session()) != null,
                    "the kit's session lacks the result to be made");

            handler().handle(ctx);

            assertNotNull(KitSessions.result(stage(), item, ctx.current()), name(stage(), item) + " recorded its result");
            assertTrue(ctx.current().version() > ctx.session().version() || stage() == Stage.TOPIC,
                    "results are recorded through update()");
        }
    }

    @Test
    void changesNothingButItsOwnItem() {
        for (int item : items()) {
            KitStageContext ctx = context(item);
            FilmSession before = ctx.session();

            handler().handle(ctx);

            FilmSession after = ctx.current();
            for (Stage other : Stage.values()) {
                if (other != stage()) {
                    assertEquals(KitSessions.results(other, before), KitSessions.results(other, after),
                            name(stage(), item) + " changed the results of " + other);
                }
            }
            for (int sibling : items()) {
                if (sibling != item) {
                    assertEquals(KitSessions.result(stage(), sibling, before),
                            KitSessions.result(stage(), sibling, after),
                            name(stage(), item) + " changed item " + sibling + " of its own stage");
                }
            }
            assertEquals(before.completed(), after.completed(), "completing a stage is the runner's job");
            assertEquals(before.turns(), after.turns(), "the conversation is the agent's");
            assertEquals(before.topic(), after.topic(), "the topic is the user's");
        }
    }

    @Test
    void recordsOnlyStoredMediaSoResultsSurviveARestart() {
        for (int item : items()) {
            KitStageContext ctx = context(item);

            handler().handle(ctx);

            for (MediaAsset a : KitSessions.media(stage(), ctx.current())) {
                assertNotNull(a.storageKey(), "recorded media is in storage, not only at " + a.uri());
                assertTrue(ctx.storage().stat(a.storageKey()).isPresent(), "stored under " + a.storageKey());
            }
        }
    }

    @Test
    void emitsOnlyItsOwnSessionsAndStagesEventsAndLeavesTheRunnersToTheRunner() {
        for (int item : items()) {
            KitStageContext ctx = context(item);

            handler().handle(ctx);

            for (FilmEvent e : ctx.events()) {
                assertFalse(e instanceof FilmEvent.StageStarted || e instanceof FilmEvent.ItemDone
                        || e instanceof FilmEvent.StageDone || e instanceof FilmEvent.StageFailed
                        || e instanceof FilmEvent.Progress || e instanceof FilmEvent.QuotaWait
                        || e instanceof FilmEvent.Charged || e instanceof FilmEvent.Reply,
                        "stage starts, items done, progress, failures, quota waits, charges and replies are the"
                                + " runner's: " + e);
                assertEquals(ctx.sessionId(), e.sessionId(), "an event of another session: " + e);
                assertEquals(stage(), stageOf(e), "an event of another stage: " + e);
                if (e instanceof FilmEvent.Notice n) {
                    assertFalse(n.message() == null || n.message().isBlank(), "a notice says something");
                }
            }
        }
    }

    @Test
    void makesNoModelCallOnceCancelledAndNeverSwallowsTheCancellation() {
        for (int callsFirst : new int[] {0, 1}) {
            KitStageContext ctx = context(items().get(0)).cancelAfterCalls(callsFirst);

            RuntimeException thrown = null;
            try {
                handler().handle(ctx);
            } catch (RuntimeException e) {
                thrown = e;
            }

            List<KitStageContext.Call> calls = ctx.calls();
            long refused = calls.stream().filter(c -> !c.completed()).count();
            assertTrue(calls.stream().filter(KitStageContext.Call::completed).count() <= callsFirst,
                    "no model call completes after cancellation: " + calls);
            if (refused > 0) {
                assertNotNull(thrown, "the cancellation of a refused call must end the handler: " + calls);
                assertTrue(causes(thrown, CancelledException.class), "it ends with the cancellation: " + thrown);
            }
            assertTrue(refused <= 1, "after a refused call it tries no other: " + calls);
        }
    }

    @Test
    void aFailedModelCallEndsTheItemWithTheProvidersFailureAndRecordsNothing() {
        int item = items().get(items().size() - 1);
        KitStageContext probeRun = context(item);
        handler().handle(probeRun);
        assumeTrue(!probeRun.calls().isEmpty(), stage() + " makes no model call");
        ProviderRejectedException failure = new ProviderRejectedException("the provider refused the request",
                "DataInspectionFailed", "req-kit-1", null);
        KitStageContext ctx = context(item).failCall(0, failure);

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> handler().handle(ctx));

        assertTrue(thrown == failure || causes(thrown, ProviderRejectedException.class),
                "the provider's failure is kept: " + thrown);
        assertEquals(ErrorCodes.of(failure), ErrorCodes.of(thrown), "the caller sees the provider's failure code");
        if (thrown instanceof StageFailedException f) {
            assertEquals(stage(), f.stage());
            assertEquals(stage().granularity() == Stage.Granularity.PER_BOARD ? item : -1, f.board(),
                    "the failure names the board");
        }
        assertEquals(ctx.session(), ctx.current(), "nothing is recorded for a failed first call");
    }

    /**
     * Whether the handler fails when an input of its board is missing (the default); a handler that makes do
     * without, say speaking the board's narration when it has no line, returns false.
     */
    protected boolean failsWithoutItsInputs() {
        return true;
    }

    @Test
    void aMissingInputOfItsBoardFailsItNamingTheBoardBeforeAnyModelCall() {
        int board = Math.max(0, items().get(items().size() - 1));
        int item = stage().granularity() == Stage.Granularity.PER_BOARD ? board : items().get(0);
        int n = contexts.incrementAndGet();
        Storage storage = storage();
        FilmSession lacking = KitSessions.withoutInputsOf(stage(), board, KitSessions.before(stage(), item, storage));
        assumeTrue(lacking != null, stage() + " reads nothing per board");
        KitStageContext ctx = context(lacking, item, storage, n);

        RuntimeException thrown = null;
        try {
            handler().handle(ctx);
        } catch (RuntimeException e) {
            thrown = e;
        }

        if (!failsWithoutItsInputs() && thrown == null) {
            return;
        }
        assertNotNull(thrown, stage() + " without board " + (board + 1) + "'s input must fail, not guess");
        assertTrue(ctx.calls().stream().noneMatch(KitStageContext.Call::completed),
                "no model call is paid for before the missing input is noticed: " + ctx.calls());
        assertEquals(ctx.session(), ctx.current(), "nothing is recorded");
        if (thrown instanceof StageFailedException f) {
            assertEquals(stage(), f.stage(), f.getMessage());
            assertTrue(f.board() == board || f.board() == -1 && stage().granularity() != Stage.Granularity.PER_BOARD,
                    "the failure names board " + (board + 1) + ": " + f.getMessage());
        }
    }

    @Test
    void runningAnItemAgainReplacesItsResult() {
        int item = items().get(0);
        KitStageContext ctx = context(item);
        handler().handle(ctx);
        Object first = KitSessions.results(stage(), ctx.current());

        KitStageContext again = context(ctx.current(), item, ctx.storage(), contexts.incrementAndGet());
        handler().handle(again);

        Object second = KitSessions.results(stage(), again.current());
        assertEquals(size(first), size(second), "a second run replaces the result, it does not add another");
        assertNotNull(KitSessions.result(stage(), item, again.current()));
    }

    @Test
    void oneInstanceServesSeveralItemsAndSessionsAtOnce() throws Exception {
        Handler shared = handler();
        List<KitStageContext> ctxs = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int item : items()) {
                ctxs.add(context(item));
            }
        }

        Concurrently.run(ctxs.size(), i -> {
            shared.handle(ctxs.get(i));
            return null;
        });

        for (KitStageContext ctx : ctxs) {
            assertNotNull(KitSessions.result(stage(), ctx.item(), ctx.current()),
                    name(stage(), ctx.item()) + " recorded its result when run beside others");
        }
    }

    /** The stage an event names (every event a handler may emit names one). */
    private static Stage stageOf(FilmEvent e) {
        for (var c : e.getClass().getRecordComponents()) {
            if (c.getName().equals("stage")) {
                try {
                    return (Stage) c.getAccessor().invoke(e);
                } catch (ReflectiveOperationException x) {
                    throw new IllegalStateException(x);
                }
            }
        }
        return null;
    }

    private static int size(Object results) {
        if (results instanceof java.util.Collection<?> c) {
            return c.size();
        }
        return results instanceof java.util.Map<?, ?> m ? m.size() : 1;
    }

    private static boolean causes(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
