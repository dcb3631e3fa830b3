package dev.filmgen.storage.oss.internal;

import com.aliyun.oss.ClientErrorCode;
import com.aliyun.oss.ClientException;
import com.aliyun.oss.OSSException;
import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.storage.ObjectNotFoundException;
import dev.filmgen.storage.StorageKeys;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the OSS SDK's exceptions into filmgen's tree, keeping the OSS error code and request id in the message
 * (and in {@link ProviderRejectedException}'s fields). Throttling, 5xx and network failures are retriable;
 * access, bucket and request problems are not; {@code NoSuchKey} is an {@link ObjectNotFoundException}.
 */
public final class OssErrors {

    private static final Set<String> AUTH = Set.of("AccessDenied", "AccessForbidden", "InvalidAccessKeyId",
            "SignatureDoesNotMatch", "SecurityTokenExpired", "InvalidSecurityToken");
    private static final Set<String> TRANSIENT = Set.of("InternalError", "ServiceUnavailable", "RequestTimeout");
    private static final Pattern UNKNOWN_STATUS = Pattern.compile("status code\\s*(\\d{3})");

    private OssErrors() {
    }

    /** The filmgen exception for a failed {@code operation} on {@code key} in {@code bucket}. */
    public static FilmgenException map(String operation, String key, String bucket, RuntimeException e) {
        if (e instanceof FilmgenException fe) {
            return fe;
        }
        String what = "OSS " + operation + " of " + StorageKeys.quote(key) + " in bucket " + bucket;
        if (e instanceof OSSException oss) {
            return mapService(what, key, bucket, oss);
        }
        if (e instanceof ClientException client) {
            String code = client.getErrorCode();
            String text = what + " failed on the client side: " + client.getErrorMessage()
                    + (client.getRequestId() == null ? "" : " (request id " + client.getRequestId() + ")");
            if (ClientErrorCode.CONNECTION_TIMEOUT.equals(code) || ClientErrorCode.SOCKET_TIMEOUT.equals(code)) {
                return new DeadlineExceededException(text, e);
            }
            return new RetriableException(text, e);
        }
        return new RetriableException(what + " failed: " + e, e);
    }

    private static FilmgenException mapService(String what, String key, String bucket, OSSException e) {
        String code = e.getErrorCode() == null ? "Unknown" : e.getErrorCode();
        String requestId = e.getRequestId();
        String text = what + " failed: " + code + ": " + e.getErrorMessage() + " (request id " + requestId + ")";
        if ("NoSuchKey".equals(code)) {
            return new ObjectNotFoundException(key, "OSS bucket " + bucket + " (request id " + requestId + ")", e);
        }
        if (AUTH.contains(code)) {
            return new AuthenticationException(text
                    + "; check OSS_ACCESS_KEY_ID / OSS_ACCESS_KEY_SECRET and the bucket's permissions", e);
        }
        if ("SlowDown".equals(code) || code.startsWith("Throttling") || code.endsWith("LimitExceeded")) {
            return new RateLimitedException(text, e);
        }
        if (TRANSIENT.contains(code) || isServerStatus(code, e.getErrorMessage())) {
            return new RetriableException(text, e);
        }
        if ("InvalidResponse".equals(code)) {
            return new RetriableException(text + "; the endpoint answered something other than OSS XML"
                    + " (a gateway error?); check OSS_ENDPOINT if this persists", e);
        }
        if ("RequestTimeTooSkewed".equals(code)) {
            return new ProviderRejectedException(text + "; this machine's clock is off, fix it (NTP)", code, requestId, e);
        }
        if ("NoSuchBucket".equals(code)) {
            return new ProviderRejectedException(text + "; check OSS_BUCKET and OSS_ENDPOINT (region)",
                    code, requestId, e);
        }
        return new ProviderRejectedException(text, code, requestId, e);
    }

    private static boolean isServerStatus(String code, String message) {
        if (!"Unknown".equals(code) || message == null) {
            return false;
        }
        Matcher m = UNKNOWN_STATUS.matcher(message);
        return m.find() && (m.group(1).startsWith("5") || m.group(1).equals("429"));
    }
}
