/** The versioned {@link dev.filmgen.session.FilmSession} and the {@link dev.filmgen.session.SessionStore} SPI with its in-memory and file stores. */
package dev.filmgen.session;
