/**
 * filmgen on PostgreSQL (14+): sessions with their task journal ({@link dev.filmgen.store.jdbc.JdbcSessionStore}),
 * film jobs shared by every instance, and the wiring of them all ({@link dev.filmgen.store.jdbc.JdbcFilmBackend}).
 * Plain JDBC with HikariCP, Flyway migrations, no ORM.
 */
package dev.filmgen.store.jdbc;
