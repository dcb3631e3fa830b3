package dev.filmgen.media;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.media.RemoteMediaRefused.Reason;
import dev.filmgen.media.internal.Addresses;
import dev.filmgen.media.internal.Locations;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What remote media filmgen fetches (SSRF and size guard): http(s) only; every address the host resolves to
 * must be public unless {@code allowPrivateHosts}; redirects are followed by hand and each hop is checked again;
 * the body is capped at {@code maxBytes}; when {@code allowedTypes} is not empty the body's first bytes must be
 * one of them. Immutable and thread-safe.
 */
public final class RemoteMediaPolicy {
    /** Product photos: PNG, JPEG and WebP. */
    public static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/webp");

    private final boolean allowPrivateHosts;
    private final long maxBytes;
    private final Set<String> allowedTypes;
    private final Duration timeout;
    private final int maxRedirects;
    private final Resolver resolver;
    private final GuardedFetch fetch;

    /** Resolves a host name to all its addresses (a seam for tests; the default is the system resolver). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private RemoteMediaPolicy(Builder b) {
        allowPrivateHosts = b.allowPrivateHosts;
        maxBytes = b.maxBytes;
        allowedTypes = Set.copyOf(b.allowedTypes);
        timeout = b.timeout;
        maxRedirects = b.maxRedirects;
        resolver = b.resolver;
        fetch = new GuardedFetch(this);
    }

    /** Public hosts only, 20 MB, PNG/JPEG/WebP, 20 s, 3 redirects: the product-photo defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults for a user's product photo. */
    public static RemoteMediaPolicy productPhotos() {
        return builder().build();
    }

    /** The defaults for model results: any host and type, at most 1 GiB, 2 minutes to the first byte. */
    public static RemoteMediaPolicy modelResults() {
        return builder().allowPrivateHosts(true).maxBytes(1L << 30).allowedTypes(Set.of())
                .timeout(Duration.ofMinutes(2)).build();
    }

    /** A builder holding this policy's settings. */
    public Builder toBuilder() {
        return builder().allowPrivateHosts(allowPrivateHosts).maxBytes(maxBytes).allowedTypes(allowedTypes)
                .timeout(timeout).maxRedirects(maxRedirects).resolver(resolver);
    }

    public boolean allowPrivateHosts() { return allowPrivateHosts; }

    public long maxBytes() { return maxBytes; }

    public Set<String> allowedTypes() { return allowedTypes; }

    public Duration timeout() { return timeout; }

    public int maxRedirects() { return maxRedirects; }

    public Resolver resolver() { return resolver; }

    /**
     * Checks one hop without connecting: the scheme, the host, and (unless private hosts are allowed) every
     * address the host resolves to. Returns {@code uri}; throws {@link RemoteMediaRefused} otherwise.
     */
    public URI check(URI uri) {
        String where = Locations.describe(uri);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RemoteMediaRefused(Reason.ADDRESS, where, "only http or https locations are fetched, not '"
                    + (scheme.isEmpty() ? "(no scheme)" : scheme + ":") + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new RemoteMediaRefused(Reason.ADDRESS, where, "the location has no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String ambiguous = bare.indexOf(':') >= 0 ? null : Addresses.whyNotCanonical(bare);
        if (ambiguous != null) { // tools disagree about such hosts (octal, hex, short forms): never guess
            throw new RemoteMediaRefused(Reason.ADDRESS, where, ambiguous);
        }
        if (allowPrivateHosts) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new RemoteMediaRefused(Reason.UNREACHABLE, where, "the host '" + host + "' does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new RemoteMediaRefused(Reason.UNREACHABLE, where, "the host '" + host + "' does not resolve");
        }
        for (InetAddress a : addresses) {
            String why = Addresses.whyNotPublic(a);
            if (why != null) {
                throw new RemoteMediaRefused(Reason.ADDRESS, where, "the host '" + host + "' is " + why + " ("
                        + a.getHostAddress() + "); such addresses are refused unless private hosts are allowed");
            }
        }
        return uri;
    }

    /** Parses and checks {@code location}; see {@link #check(URI)}. */
    public URI check(String location) {
        try {
            return check(new URI(location.strip()));
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException("not a valid URL: " + e.getMessage(), e);
        }
    }

    /**
     * Fetches {@code uri} under this policy: checks every hop before connecting, follows at most
     * {@code maxRedirects} redirects, refuses a declared length over the limit and a body of the wrong type.
     * Throws {@link RemoteMediaRefused} for a refusal, {@code RetriableException} (5xx, 429, broken connection),
     * {@code DeadlineExceededException} or {@code CancelledException} otherwise.
     */
    public RemoteMedia open(URI uri) {
        return fetch.open(uri);
    }

    /** Settings for a {@link RemoteMediaPolicy}; the defaults suit a user's product photo. */
    public static final class Builder {
        private boolean allowPrivateHosts;
        private long maxBytes = 20L * 1024 * 1024;
        private Set<String> allowedTypes = IMAGE_TYPES;
        private Duration timeout = Duration.ofSeconds(20);
        private int maxRedirects = 3;
        private Resolver resolver = InetAddress::getAllByName;

        private Builder() {
        }

        /** Fetch from loopback, private, link-local… addresses too (a trusted LAN, tests). Default false. */
        public Builder allowPrivateHosts(boolean allow) { allowPrivateHosts = allow; return this; }

        /** The largest body accepted. Default 20 MB. */
        public Builder maxBytes(long max) { maxBytes = max; return this; }

        /** Media types accepted, checked by the body's first bytes; empty accepts any. Default PNG/JPEG/WebP. */
        public Builder allowedTypes(Set<String> types) { allowedTypes = types; return this; }

        /** Connect limit and limit until the answer's headers arrive. Default 20 s. */
        public Builder timeout(Duration t) { timeout = t; return this; }

        /** Redirects followed (each checked again). Default 3. */
        public Builder maxRedirects(int n) { maxRedirects = n; return this; }

        /** How host names are resolved before the address check. Default the system resolver. */
        public Builder resolver(Resolver r) { resolver = r; return this; }

        public RemoteMediaPolicy build() {
            if (maxBytes <= 0) {
                throw new InvalidInputException("maxBytes must be positive, was " + maxBytes);
            }
            Objects.requireNonNull(allowedTypes, "allowedTypes");
            for (String t : allowedTypes) {
                if (!IMAGE_TYPES.contains(t)) {
                    throw new InvalidInputException("allowedTypes: only " + IMAGE_TYPES
                            + " can be recognised by their bytes, not '" + t + "' (use an empty set for any type)");
                }
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new InvalidInputException("timeout must be positive, was " + timeout);
            }
            if (maxRedirects < 0) {
                throw new InvalidInputException("maxRedirects must be 0 or more, was " + maxRedirects);
            }
            Objects.requireNonNull(resolver, "resolver");
            return new RemoteMediaPolicy(this);
        }
    }
}
