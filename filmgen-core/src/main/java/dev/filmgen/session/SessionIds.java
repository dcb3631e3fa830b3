package dev.filmgen.session;

import dev.filmgen.error.InvalidInputException;
import java.util.regex.Pattern;

/** Validates session ids for every store: 1–128 of {@code [A-Za-z0-9._-]}, never {@code .} or {@code ..}. */
public final class SessionIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private SessionIds() {
    }

    /** Returns {@code id} when valid; otherwise throws an {@link InvalidInputException} saying why. */
    public static String validate(String id) {
        if (id == null) {
            throw new InvalidInputException("session id is missing");
        }
        if (!VALID.matcher(id).matches() || id.equals(".") || id.equals("..")) {
            String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
            throw new InvalidInputException("invalid session id '" + shown + "' (length " + id.length()
                    + "): use 1 to 128 letters, digits, '.', '_' or '-', and not '.' or '..'");
        }
        return id;
    }
}
