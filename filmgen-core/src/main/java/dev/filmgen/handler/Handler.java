package dev.filmgen.handler;

/**
 * Runs one stage, or one item (board or role) of a per-item stage, against a session. Reads
 * upstream results from {@link StageContext#session()}, calls models through the context (which
 * rate-limits, retries, reuses unchanged results and stores media), and records its results with
 * {@link StageContext#update}. Built-in handlers cover all twelve stages; a host replaces or wraps
 * any of them through {@code FilmAgent.builder().handler(...)}.
 */
@FunctionalInterface
public interface Handler {
    void handle(StageContext context);
}
