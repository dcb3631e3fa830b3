package dev.filmgen.dashscope.internal;

import com.alibaba.dashscope.common.Status;
import com.alibaba.dashscope.exception.ApiException;
import com.alibaba.dashscope.exception.NoApiKeyException;
import com.google.gson.JsonParseException;
import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.ContentRejectedException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.ProviderQuotaException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;

/**
 * The one place DashScope failures become filmgen exceptions: HTTP status and DashScope code decide
 * the class, the message names the operation, code, message and request id, and the API key is
 * scrubbed from every message.
 */
public final class DashScopeErrors {
    private final ClientSettings settings;

    public DashScopeErrors(ClientSettings settings) {
        this.settings = settings;
    }

    /** Maps anything thrown while talking to DashScope during {@code operation}. */
    public FilmgenException map(String operation, Throwable error) {
        if (error instanceof FilmgenException) {
            return (FilmgenException) error;
        }
        Throwable cause = scrubbed(error);
        if (has(error, JsonParseException.class) || has(error, IllegalStateException.class)
                || has(error, ClassCastException.class)) {
            return malformed(operation, rootMessage(error), cause);
        }
        ApiException api = find(error, ApiException.class);
        if (api != null && api.getStatus() != null && api.getStatus().getStatusCode() != -1) {
            Status s = api.getStatus();
            return fromStatus(operation, s.getStatusCode(), s.getCode(), s.getMessage(), s.getRequestId(), cause);
        }
        if (has(error, NoApiKeyException.class)) {
            return new AuthenticationException("DashScope " + operation + ": no API key configured", null);
        }
        if (has(error, InterruptedException.class)) {
            Thread.currentThread().interrupt();
            return new CancelledException("DashScope " + operation + " was interrupted");
        }
        if (has(error, InterruptedIOException.class) || has(error, IOException.class)) {
            return new RetriableException(clean("DashScope " + operation + " failed on the network: "
                    + rootMessage(error)), cause);
        }
        return new NonRetriableException(clean("DashScope " + operation + " failed: " + rootMessage(error)), cause);
    }

    /** Maps an error reported by the service itself (HTTP error body, SSE error event). */
    public FilmgenException fromStatus(String operation, int httpStatus, String code, String message,
                                       String requestId, Throwable cause) {
        String c = code == null ? "" : code;
        String text = clean("DashScope " + operation + " failed: HTTP " + httpStatus
                + (c.isEmpty() ? "" : " " + c) + (message == null || message.isEmpty() ? "" : ": " + message)
                + (requestId == null || requestId.isEmpty() ? "" : " (request id " + requestId + ")"));
        String lc = c.toLowerCase(Locale.ROOT);
        String quota = QUOTA_CODES.get(lc);
        if (quota != null) {
            return new ProviderQuotaException(text + ". The key works, but " + quota, cause);
        }
        if (httpStatus == 429 || lc.startsWith("throttling")) {
            return new RateLimitedException(text, cause);
        }
        if (httpStatus == 401 || httpStatus == 403 || lc.equals("invalidapikey")) {
            return new AuthenticationException(text, cause);
        }
        if (isModeration(c)) {
            return new ContentRejectedException(text, c, emptyToNull(requestId), cause);
        }
        if (httpStatus >= 500 || httpStatus == 408 || lc.equals("internalerror") || lc.startsWith("internalerror.")
                || lc.equals("serviceunavailable") || lc.equals("requesttimeout") || lc.equals("systemerror")) {
            return new RetriableException(text, cause);
        }
        return new ProviderRejectedException(text, c.isEmpty() ? null : c, emptyToNull(requestId), cause);
    }

    /**
     * Account-side refusals that are not about the key (Model Studio error codes page, read 2026-11-26): what the
     * user should do, by lower-case code.
     */
    private static final java.util.Map<String, String> QUOTA_CODES = java.util.Map.of(
            "allocationquota.freetieronly", "the account's free quota for this model is used up and \"use free tier"
                    + " only\" is on: turn it off in the Model Studio console (or buy a plan) to go on, paying",
            "model.accessdenied", "the account may not use this model: enable it in the Model Studio console, or"
                    + " configure a model the account can use",
            "accessdenied.unpurchased", "the account has not bought this model: activate it in the Model Studio"
                    + " console, or configure another model",
            "arrearage", "the account is in arrears: top it up in the Alibaba Cloud console");

    /** Whether {@code code} is a content-moderation refusal ({@code DataInspectionFailed}, {@code IPInfringementSuspect}). */
    public static boolean isModeration(String code) {
        String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
        return c.startsWith("datainspectionfailed") || c.equals("ipinfringementsuspect")
                || c.equals("inappropriatecontent");
    }

    /** Whether a FAILED task's {@code code} is a failure on the provider's side that a resubmission may get past. */
    public static boolean isTransientTaskFailure(String code) {
        String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
        return c.equals("internalerror") || c.startsWith("internalerror.") || c.equals("systemerror")
                || c.equals("serviceunavailable") || c.equals("requesttimeout") || c.equals("timeout")
                || c.endsWith(".timeout");
    }

    /**
     * The raw cause when no message in its chain holds the API key; otherwise a copy of the chain with the
     * key replaced (same types named, same stack traces), so causes are kept without leaking the secret.
     */
    Throwable scrubbed(Throwable t) {
        boolean leaks = false;
        for (Throwable c = t; c != null && !leaks; c = c.getCause() == c ? null : c.getCause()) {
            leaks = c.toString().contains(settings.apiKey());
        }
        return leaks ? copy(t) : t;
    }

    private Throwable copy(Throwable t) {
        if (t == null) {
            return null;
        }
        ApiException api = t instanceof ApiException ? (ApiException) t : null;
        Throwable cause = t.getCause() == t ? null : copy(t.getCause());
        Throwable c;
        if (api != null && api.getStatus() != null) {
            Status s = api.getStatus();
            c = new ApiException(Status.builder().statusCode(s.getStatusCode()).code(s.getCode())
                    .message(clean(s.getMessage())).requestId(s.getRequestId()).isJson(s.isJson()).build(), cause);
        } else {
            c = new RedactedException(t.getClass().getName() + ": " + clean(t.getMessage()), cause);
        }
        c.setStackTrace(t.getStackTrace());
        return c;
    }

    /** Stands in for a cause whose message held the API key. */
    static final class RedactedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A response that does not have the documented shape. */
    public NonRetriableException malformed(String operation, String what, Throwable cause) {
        return new NonRetriableException(clean("DashScope " + operation + " returned a malformed response: "
                + what), cause);
    }

    private String clean(String text) {
        return settings.redact(text);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        return find(t, type) != null;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
