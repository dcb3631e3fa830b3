/** The sealed {@link dev.filmgen.event.FilmEvent} family and the {@link dev.filmgen.event.FilmListener}. */
package dev.filmgen.event;
