package dev.filmgen.error;

/**
 * The provider account has no quota or credit left for the model (e.g. DashScope {@code Arrearage},
 * {@code AllocationQuota.FreeTierOnly}): the key is fine, but waiting and retrying do not help.
 */
public class ProviderQuotaException extends NonRetriableException {
    private static final long serialVersionUID = 1L;

    public ProviderQuotaException(String message, Throwable cause) {
        super(message, cause);
    }
}
