package dev.filmgen.media;

import dev.filmgen.media.internal.Addresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a model provider on the internet could fetch a link: not a link to this machine ({@code localhost},
 * loopback), a private or link-local network, a name without a domain, or anything but http(s). Decided from the
 * link alone, without a DNS lookup: a public-looking host name counts as reachable.
 */
public final class Reachability {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Reachability() {
    }

    /** Why a provider could not fetch {@code uri}, or empty when it looks fetchable. */
    public static Optional<String> whyUnreachable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(scheme.isEmpty() ? "a relative reference" : "a " + scheme + ": location");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("a link without a host");
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")
                || h.endsWith(".lan") || h.endsWith(".home.arpa")) {
            return Optional.of("this machine or a local network (" + host + ")");
        }
        if (IPV4.matcher(h).matches() || h.contains(":")) {
            try {
                String why = Addresses.whyNotPublic(InetAddress.getByName(h));
                return why == null ? Optional.empty() : Optional.of(why + " (" + host + ")");
            } catch (UnknownHostException e) {
                return Optional.of("an address that does not parse (" + host + ")");
            }
        }
        return h.contains(".") ? Optional.empty() : Optional.of("a name without a domain (" + host + ")");
    }
}
