package dev.filmgen.store.jdbc;

/**
 * What a health check saw of the database.
 *
 * @param up whether a query answered
 * @param detail the server version when up, why not otherwise (no secrets)
 * @param millis how long the check took
 */
public record JdbcHealth(boolean up, String detail, long millis) {
}
