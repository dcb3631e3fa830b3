/** The {@link dev.filmgen.compose.Composer} and {@link dev.filmgen.compose.MediaProbe} SPIs and the film spec. */
package dev.filmgen.compose;
