package dev.filmgen.structure.cyclic.a;

import dev.filmgen.structure.cyclic.b.Pong;

/** Half of a deliberate package cycle: proves {@code PackageStructureTest}'s cycle rule can fail. */
public final class Ping {
    /** Uses the other half. */
    public Pong pong() {
        return new Pong();
    }
}
