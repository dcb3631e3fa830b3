package dev.filmgen.model;

import dev.filmgen.calls.Quota;
import java.util.Optional;

/**
 * What a provider documents about the models it serves. A model port (or a router of ports) may implement it; the
 * runner then keeps each call within the model's documented {@link Quota} unless the stage's config overrides it.
 * Every method has a default meaning "not documented", so a port implements only what it knows.
 */
public interface ModelFacts {
    /** Facts of no model. */
    ModelFacts NONE = new ModelFacts() { };

    /** The documented request quota of {@code model}, when known. */
    default Optional<Quota> quota(String model) {
        return Optional.empty();
    }

    /** The facts {@code port} documents: the port itself when it implements this interface, else {@link #NONE}. */
    static ModelFacts of(Object port) {
        return port instanceof ModelFacts ? (ModelFacts) port : NONE;
    }
}
