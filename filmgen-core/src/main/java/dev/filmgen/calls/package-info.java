/**
 * Limits and resilience of model calls: {@link dev.filmgen.calls.ModelLimits}, {@link dev.filmgen.calls.Resilience}, call counts.
 */
package dev.filmgen.calls;
