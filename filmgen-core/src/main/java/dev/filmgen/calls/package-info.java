/**
 * How model calls are admitted: {@link dev.filmgen.calls.Quota} (a model's documented rate and in-flight bound),
 * {@link dev.filmgen.calls.QuotaOverride} (a stage's own limits from config) and the
 * {@link dev.filmgen.calls.CallLimiter} seam that enforces them (in-process by default; a shared one, e.g. backed by
 * a database, can be plugged into {@code FilmAgentBuilder.callLimiter}), the in-process
 * {@link dev.filmgen.calls.ModelLimits}, {@link dev.filmgen.calls.Resilience} (retries, deadlines) and call counts.
 */
package dev.filmgen.calls;
