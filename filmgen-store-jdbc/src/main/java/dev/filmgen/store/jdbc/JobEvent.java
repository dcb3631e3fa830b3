package dev.filmgen.store.jdbc;

import dev.filmgen.event.FilmEvent;

/**
 * One event a job's turn reported, with its place in the job's log (0, 1, 2… across takeovers).
 *
 * @param seq its place
 * @param event the event
 */
public record JobEvent(int seq, FilmEvent event) {
}
