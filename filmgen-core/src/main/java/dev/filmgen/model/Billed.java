package dev.filmgen.model;

import java.util.Objects;

/**
 * A model port's result with the units the provider billed for it. Ports that cannot tell return
 * {@link #unreported}; the runner then counts the units from the request and the result and marks them estimated.
 *
 * @param value the result
 * @param units what the provider reported it billed, or {@link Units#NONE}
 * @param <T> the result type
 */
public record Billed<T>(T value, Units units) {
    public Billed {
        Objects.requireNonNull(value, "value");
        units = units == null ? Units.NONE : units;
    }

    /** A result whose bill the port does not know. */
    public static <T> Billed<T> unreported(T value) {
        return new Billed<>(value, Units.NONE);
    }
}
