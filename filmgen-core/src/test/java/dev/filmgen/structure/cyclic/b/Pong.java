package dev.filmgen.structure.cyclic.b;

import dev.filmgen.structure.cyclic.a.Ping;

/** The other half of a deliberate package cycle (see {@link Ping}). */
public final class Pong {
    /** Uses the first half. */
    public Ping ping() {
        return new Ping();
    }
}
