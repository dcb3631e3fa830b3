package dev.filmgen.error;

/**
 * The provider refused the request for good: invalid parameter, content moderation, a remote task
 * that ended FAILED or expired. Carries the provider's code and request id when known.
 */
public class ProviderRejectedException extends NonRetriableException {
    /**
     * The code of a resumed remote task the provider no longer knows (task ids expire). A long-running model port
     * reports it instead of submitting again; the runner then drops the journal entry and submits once more.
     */
    public static final String TASK_EXPIRED = "TaskExpired";

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
