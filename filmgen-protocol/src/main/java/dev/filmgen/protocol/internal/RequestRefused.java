package dev.filmgen.protocol.internal;

import dev.filmgen.error.InvalidInputException;

/** A request the service will not run, with the short error code sent to the client. */
public final class RequestRefused extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public RequestRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The wire error code ({@code invalid_request}, {@code image_refused}…). */
    public String code() {
        return code;
    }
}
