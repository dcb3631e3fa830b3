package dev.filmgen.model;

import dev.filmgen.calls.Quota;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

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

    /** The voices speech model {@code model} speaks, when documented (exact spelling, best voices first). */
    default Optional<List<String>> voices(String model) {
        return Optional.empty();
    }

    /**
     * Whether {@code model}'s provider fetches the pictures of a call itself, over the public internet: a link to
     * this machine or a private network cannot reach it, so the runner sends such pictures inline or as a public
     * storage link (and refuses the turn before any paid call when neither can work).
     */
    default boolean needsReachableMedia(String model) {
        return false;
    }

    /**
     * The largest picture {@code model} takes inline, in characters of the whole {@code data:} URI as sent (the
     * limit applies to the encoded text, not the decoded bytes); 0 when it takes pictures only as links; empty when it
     * takes no pictures or nothing is documented.
     */
    default OptionalLong inlineLimit(String model) {
        return OptionalLong.empty();
    }

    /**
     * Why {@code model} cannot be used as this provider is set up (for example: not offered in the account's region),
     * with what to use instead; empty when it can be used or nothing is known against it.
     */
    default Optional<String> unavailable(String model) {
        return Optional.empty();
    }

    /** Most characters of a picture or clip prompt {@code model} takes, when documented. */
    default OptionalInt promptCap(String model) {
        return OptionalInt.empty();
    }

    /** Most characters of a negative prompt {@code model} takes, when documented. */
    default OptionalInt negativePromptCap(String model) {
        return OptionalInt.empty();
    }

    /** The facts {@code port} documents: the port itself when it implements this interface, else {@link #NONE}. */
    static ModelFacts of(Object port) {
        return port instanceof ModelFacts ? (ModelFacts) port : NONE;
    }
}
