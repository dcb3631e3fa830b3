package dev.filmgen.spring.boot.autoconfigure.internal;

/** Asks the sessions' database whether it answers, for the health contributor ({@code filmgen.store=jdbc}). */
@FunctionalInterface
public interface DatabaseProbe {
    /** One trivial query; never throws. */
    Result check();

    /**
     * What the database answered.
     *
     * @param up whether a query answered
     * @param detail the server and version when up, why not otherwise (no secrets)
     * @param millis how long the check took
     */
    record Result(boolean up, String detail, long millis) {
    }
}
