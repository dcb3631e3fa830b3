package dev.filmgen.media;

import dev.filmgen.error.InvalidInputException;
import java.util.Objects;

/** A remote media location that {@link RemoteMediaPolicy} would not fetch or whose answer it would not accept. */
public final class RemoteMediaRefused extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** Why the location was refused. */
    public enum Reason {
        /** Not http(s), no host, or the host resolves to an address the policy refuses; nothing was sent. */
        ADDRESS,
        /** The host does not resolve, the server answered an error, or it redirected too often. */
        UNREACHABLE,
        /** The body is not one of the allowed media types (by content type or by its first bytes). */
        WRONG_TYPE,
        /** The body is larger than the policy's byte limit. */
        TOO_LARGE
    }

    private final Reason reason;
    private final String location;
    private final String detail;

    /** A refusal of {@code location} (already stripped of its query string) for {@code reason}. */
    public RemoteMediaRefused(Reason reason, String location, String detail) {
        super(location + " was refused: " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.location = location;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The refused location without its query string (signed links carry secrets there). */
    public String location() {
        return location;
    }

    /** The reason in words, without the location. */
    public String detail() {
        return detail;
    }
}
