package dev.filmgen.protocol;

import dev.filmgen.media.RemoteMediaPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * What product photo URLs the service will fetch: http(s) only, at most {@code maxBytes}, an image by type
 * and magic bytes, and never from a loopback, link-local, private, unique-local, multicast or unspecified
 * address unless {@code allowPrivateAddresses}. It is a view of core's {@link RemoteMediaPolicy}, which does the work.
 *
 * @param allowPrivateAddresses fetch from private and loopback addresses too (for a trusted LAN or tests)
 * @param maxBytes the largest photo accepted
 * @param timeout connect and read limit of one fetch
 * @param resolver how host names are resolved before the address check
 */
public record ImagePolicy(boolean allowPrivateAddresses, long maxBytes, Duration timeout, Resolver resolver) {

    /** Resolves a host name to all its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public ImagePolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(resolver, "resolver");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    /** Public addresses only, 10 MB, 20 s, the system resolver. */
    public static ImagePolicy defaults() {
        return new ImagePolicy(false, 10L * 1024 * 1024, Duration.ofSeconds(20), InetAddress::getAllByName);
    }

    public ImagePolicy withAllowPrivateAddresses(boolean allow) {
        return new ImagePolicy(allow, maxBytes, timeout, resolver);
    }

    public ImagePolicy withMaxBytes(long max) {
        return new ImagePolicy(allowPrivateAddresses, max, timeout, resolver);
    }

    public ImagePolicy withResolver(Resolver r) {
        return new ImagePolicy(allowPrivateAddresses, maxBytes, timeout, r);
    }

    /** The same rules as core's policy (PNG, JPEG and WebP only), which fetches for the service. */
    public RemoteMediaPolicy toRemoteMediaPolicy() {
        return RemoteMediaPolicy.builder().allowPrivateHosts(allowPrivateAddresses).maxBytes(maxBytes)
                .allowedTypes(RemoteMediaPolicy.IMAGE_TYPES).timeout(timeout).resolver(resolver::resolve).build();
    }
}
