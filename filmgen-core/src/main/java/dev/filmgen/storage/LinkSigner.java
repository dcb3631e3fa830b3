package dev.filmgen.storage;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.storage.internal.PathCodec;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes and checks expiring HMAC-SHA256-signed HTTP links {@code <base>/<key>?expires=<epoch s>&sig=<base64url>}
 * to stored objects. The service that serves {@link LocalStorage} calls {@link #verify(URI)} (or
 * {@link #verify(String, String, String)}) before sending any bytes; a tampered or expired link fails.
 */
public final class LinkSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PAYLOAD_PREFIX = "filmgen-link-v1\n";
    /** Shortest secret accepted, in bytes. */
    public static final int MIN_SECRET_BYTES = 16;

    private final URI baseUrl;
    private final String basePath;
    private final byte[] secret;
    private final Clock clock;

    private LinkSigner(Builder b) {
        String text = b.baseUrl.toString();
        this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        String rawPath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        this.basePath = rawPath + "/";
        this.secret = b.secret.clone();
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The public base URL links start with (no trailing slash). */
    public URI baseUrl() {
        return baseUrl;
    }

    /** A link to {@code key} that stops working {@code ttl} from now. */
    public URI sign(String key, Duration ttl) {
        StorageKeys.check(key);
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new InvalidInputException("link ttl must be positive, was " + ttl);
        }
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return URI.create(baseUrl + "/" + PathCodec.encodeKey(key)
                + "?expires=" + expires + "&sig=" + signature(key, expires));
    }

    /** The signature of {@code key} valid until {@code expiresEpochSecond} (base64url, no padding). */
    public String signature(String key, long expiresEpochSecond) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] payload = (PAYLOAD_PREFIX + key + "\n" + expiresEpochSecond).getBytes(StandardCharsets.UTF_8);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
        }
    }

    /** Whether {@code sig} is this signer's signature of {@code key} until {@code expires}, and it has not expired. */
    public boolean verify(String key, long expiresEpochSecond, String sig) {
        if (key == null || sig == null || !StorageKeys.isValid(key)) {
            return false;
        }
        if (clock.instant().getEpochSecond() > expiresEpochSecond) {
            return false;
        }
        byte[] expected = signature(key, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #verify(String, long, String)} with the raw {@code expires} query value; junk fails. */
    public boolean verify(String key, String expires, String sig) {
        if (expires == null || expires.isEmpty() || expires.length() > 19 || !expires.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return verify(key, Long.parseLong(expires), sig);
    }

    /**
     * Checks a request for a link: {@code request} may be absolute or just path and query (as an HTTP server
     * sees it). Returns the object key when the path lies under the base URL's path and the link is
     * authentic and unexpired; empty otherwise.
     */
    public Optional<String> verify(URI request) {
        String rawPath = request.getRawPath();
        if (rawPath == null || !rawPath.startsWith(basePath)) {
            return Optional.empty();
        }
        Optional<String> key = PathCodec.decodeKey(rawPath.substring(basePath.length()));
        String query = request.getRawQuery();
        if (key.isEmpty() || query == null) {
            return Optional.empty();
        }
        String expires = null;
        String sig = null;
        for (String pair : query.split("&")) {
            if (pair.startsWith("expires=")) {
                if (expires != null) {
                    return Optional.empty(); // a security parameter given twice: which one would a proxy log?
                }
                expires = pair.substring("expires=".length());
            } else if (pair.startsWith("sig=")) {
                if (sig != null) {
                    return Optional.empty();
                }
                sig = pair.substring("sig=".length());
            }
        }
        return verify(key.get(), expires, sig) ? key : Optional.empty();
    }

    @Override
    public String toString() {
        return "LinkSigner[baseUrl=" + baseUrl + ", secret=***]";
    }

    /** Builder of {@link LinkSigner}. */
    public static final class Builder {
        private URI baseUrl;
        private byte[] secret;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Public base URL of the service that serves the objects, e.g. {@code http://host:8080/files}. */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            return baseUrl(baseUrl == null ? null : URI.create(baseUrl));
        }

        /** The HMAC secret; at least {@value LinkSigner#MIN_SECRET_BYTES} bytes. */
        public Builder secret(byte[] secret) {
            this.secret = secret == null ? null : secret.clone();
            return this;
        }

        /** The HMAC secret as text (its UTF-8 bytes). */
        public Builder secret(String secret) {
            return secret(secret == null ? null : secret.getBytes(StandardCharsets.UTF_8));
        }

        /** Clock for expiry; defaults to the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public LinkSigner build() {
            if (baseUrl == null) {
                throw new InvalidInputException("baseUrl is required");
            }
            String scheme = baseUrl.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            if (!web || baseUrl.getHost() == null) {
                throw new InvalidInputException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
            }
            if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
                throw new InvalidInputException("baseUrl must not have a query or fragment, was " + baseUrl);
            }
            if (secret == null || secret.length < MIN_SECRET_BYTES) {
                throw new InvalidInputException("secret must be at least " + MIN_SECRET_BYTES + " bytes");
            }
            Objects.requireNonNull(clock, "clock");
            return new LinkSigner(this);
        }
    }
}
