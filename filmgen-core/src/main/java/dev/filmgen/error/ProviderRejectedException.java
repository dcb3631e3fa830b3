package dev.filmgen.error;

/**
 * The provider refused the request for good: invalid parameter, content moderation, a remote task
 * that ended FAILED or expired. Carries the provider's code and request id when known.
 */
public class ProviderRejectedException extends NonRetriableException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String requestId;

    public ProviderRejectedException(String message, String code, String requestId, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.requestId = requestId;
    }

    /** The provider's error code, for example {@code DataInspectionFailed}; may be null. */
    public String code() {
        return code;
    }

    /** The provider's request id, for support tickets; may be null. */
    public String requestId() {
        return requestId;
    }
}
