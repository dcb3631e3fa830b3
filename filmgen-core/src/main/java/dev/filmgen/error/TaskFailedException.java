package dev.filmgen.error;

/**
 * A remote task ended FAILED for a reason on the provider's side ({@code InternalError}, a provider timeout): a failed
 * task is not billed, and submitting it once more usually succeeds. The runner resubmits it once, with a notice.
 */
public class TaskFailedException extends ProviderRejectedException {
    private static final long serialVersionUID = 1L;
    private final String taskId;

    public TaskFailedException(String message, String code, String taskId, String requestId) {
        super(message, code, requestId, null);
        this.taskId = taskId;
    }

    /** The failed task's id. */
    public String taskId() {
        return taskId;
    }
}
