/**
 * How model calls are admitted: {@link dev.filmgen.calls.Quota} (a model's documented rate and in-flight bound),
 * {@link dev.filmgen.calls.QuotaOverride} (a stage's own limits from config) and the
 * {@link dev.filmgen.calls.CallLimiter} seam that enforces them (in-process by default; a shared one, e.g. backed by
 * a database, can be plugged into {@code FilmAgentBuilder.callLimiter}).
 */
package dev.filmgen.calls;
