package dev.filmgen.handler;

/**
 * Runs one stage, or one item (board or role) of a per-item stage, against a session. Reads
 * upstream results from {@link StageContext#session()}, calls models through the context (which
 * rate-limits, retries, reuses unchanged results and stores media), and records its results with
 * {@link StageContext#update}. Built-in handlers cover all twelve stages; a host replaces or wraps
 * any of them through {@code FilmAgent.builder().handler(...)}.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.HandlerKit} in the {@code filmgen-core} test-jar, which
 * every custom handler should run): a handler records its item's result and nothing else (no other stage's result,
 * no other item's, not the completed set, which the runner keeps); it records media that is in
 * {@link StageContext#storage()} (what the context's model calls return already is); it emits events of its own
 * session and stage only (text, notices, a stage's own events such as a judged frame), never the runner's (stage
 * started or done, item done, progress, failure, quota wait, reply); once
 * the turn is cancelled it starts no model call and lets the {@link dev.filmgen.error.CancelledException} end it; when
 * an input of its board is missing it fails before any model call (a {@link dev.filmgen.error.StageFailedException}
 * names the stage and the board); a
 * failed model call ends the item with that failure as it came (the error code a client sees is derived from it;
 * the runner names the board), with nothing recorded for it; run again, it replaces its result. One instance
 * serves many items and sessions at once, so it keeps no state between calls.
 */
@FunctionalInterface
public interface Handler {
    void handle(StageContext context);
}
