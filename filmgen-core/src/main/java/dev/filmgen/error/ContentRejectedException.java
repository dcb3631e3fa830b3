package dev.filmgen.error;

/**
 * The provider's content check refused the input or the output (DashScope {@code DataInspectionFailed},
 * {@code IPInfringementSuspect}). Sending the same request again is refused again; a picture or clip prompt can be
 * rewritten once to leave out what was flagged.
 */
public class ContentRejectedException extends ProviderRejectedException {
    private static final long serialVersionUID = 1L;

    public ContentRejectedException(String message, String code, String requestId, Throwable cause) {
        super(message, code, requestId, cause);
    }
}
