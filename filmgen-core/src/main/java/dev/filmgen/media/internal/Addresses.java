package dev.filmgen.media.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Classifies IP addresses filmgen must not fetch from (SSRF guard): every range of the IANA IPv4 and IPv6
 * Special-Purpose Address Registries (RFC 6890 and updates), everything outside IPv6 global unicast
 * ({@code 2000::/3}), and IPv6 forms of IPv4 addresses: the address an IPv4-mapped or IPv4-compatible form carries
 * is checked like any other; NAT64, 6to4 and Teredo prefixes are special-purpose ranges and refused whole. Numeric host names are read the way
 * {@code inet_aton} reads them (octal {@code 0177}, hex {@code 0x7f}, short forms {@code 127.1}, one number
 * {@code 2130706433}); only the canonical dotted-decimal form is accepted, so no two tools can disagree about where a
 * URL points.
 */
public final class Addresses {
    /** A range of the registries and what it is. */
    private record Range(byte[] prefix, int bits, String what) {
        boolean contains(byte[] a) {
            if (a.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (a[full] & mask) == (prefix[full] & mask);
        }
    }

    /** IANA IPv4 Special-Purpose Address Registry (checked 2026), plus multicast and the reserved class E. */
    private static final List<Range> V4 = List.of(
            range("0.0.0.0/8", "a 'this network' address"),
            range("10.0.0.0/8", "a private address"),
            range("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            range("127.0.0.0/8", "a loopback address"),
            range("169.254.0.0/16", "a link-local address"),
            range("172.16.0.0/12", "a private address"),
            range("192.0.0.0/24", "an IETF protocol assignment"),
            range("192.0.2.0/24", "a documentation address (TEST-NET-1)"),
            range("192.31.196.0/24", "an AS112 address"),
            range("192.52.193.0/24", "an AMT relay address"),
            range("192.88.99.0/24", "a 6to4 relay anycast address"),
            range("192.168.0.0/16", "a private address"),
            range("192.175.48.0/24", "an AS112 address"),
            range("198.18.0.0/15", "a benchmarking address"),
            range("198.51.100.0/24", "a documentation address (TEST-NET-2)"),
            range("203.0.113.0/24", "a documentation address (TEST-NET-3)"),
            range("224.0.0.0/4", "a multicast address"),
            range("240.0.0.0/4", "a reserved address"));

    /** IANA IPv6 Special-Purpose Address Registry (checked 2026), plus multicast and deprecated site-local. */
    private static final List<Range> V6 = List.of(
            range("::/128", "an unspecified address"),
            range("::1/128", "a loopback address"),
            range("64:ff9b::/96", "a NAT64 address"),
            range("64:ff9b:1::/48", "a local-use NAT64 address"),
            range("100::/64", "a discard-only address"),
            range("100:0:0:1::/64", "a dummy IPv6 prefix address"),
            range("2001::/23", "an IETF protocol assignment (Teredo, benchmarking, ORCHID…)"),
            range("2001:db8::/32", "a documentation address"),
            range("2002::/16", "a 6to4 address"),
            range("2620:4f:8000::/48", "an AS112 address"),
            range("3fff::/20", "a documentation address"),
            range("5f00::/16", "a segment routing (SRv6) address"),
            range("fc00::/7", "a private (unique-local) address"),
            range("fe80::/10", "a link-local address"),
            range("fec0::/10", "a site-local address"),
            range("ff00::/8", "a multicast address"));

    private Addresses() {
    }

    /** Why {@code a} is not a public unicast address we may fetch from, or null when it is one. */
    public static String whyNotPublic(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return lookup(V4, b);
        }
        if (!(a instanceof Inet6Address)) {
            return "an address of an unknown family";
        }
        byte[] v4 = embeddedV4(b);
        if (v4 != null) {
            String inner = lookup(V4, v4);
            if (inner != null) {
                return inner + " in IPv6 form";
            }
            return mapped(b) ? null : "a deprecated IPv4-compatible IPv6 address";
        }
        String special = lookup(V6, b);
        if (special != null) {
            return special;
        }
        return (b[0] & 0xE0) == 0x20 ? null : "a reserved IPv6 address (outside global unicast 2000::/3)";
    }

    /**
     * The IPv4 address an IPv4-mapped ({@code ::ffff:0:0/96}) or IPv4-compatible ({@code ::/96}, but {@code ::}
     * and {@code ::1}) IPv6 address carries, or null. (NAT64, 6to4 and Teredo prefixes are refused whole.)
     */
    static byte[] embeddedV4(byte[] b) {
        if (mapped(b) || zero(b, 0, 12) && !(zero(b, 12, 15) && (b[15] & 0xFF) <= 1)) {
            return java.util.Arrays.copyOfRange(b, 12, 16);
        }
        return null;
    }

    private static boolean mapped(byte[] b) {
        return zero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    }

    /**
     * Reads {@code host} as {@code inet_aton} would when it is a numeric IPv4 form (its last label is a decimal or
     * {@code 0x} hex number, as the WHATWG URL standard decides). Returns null for names and canonical dotted
     * quads; otherwise why the host is refused: a non-canonical form (naming the address it means) or an invalid one.
     */
    public static String whyNotCanonical(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (h.isEmpty() || !numeric(parts[parts.length - 1])) {
            return null;
        }
        if (parts.length > 4) {
            return "'" + host + "' is not a valid IPv4 address";
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = atonPart(parts[i]);
            if (v[i] < 0) {
                return "'" + host + "' is not a valid IPv4 address";
            }
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (v[i] > 255) {
                return "'" + host + "' is not a valid IPv4 address";
            }
            address |= v[i] << (8 * (3 - i));
        }
        long last = v[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            return "'" + host + "' is not a valid IPv4 address";
        }
        address |= last;
        String canonical = ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF)
                + "." + (address & 0xFF);
        return canonical.equals(host) ? null : "'" + host + "' is a non-canonical form of the IPv4 address "
                + canonical + "; write addresses as four decimal numbers";
    }

    /** Whether a label is a number in inet_aton's sense (decimal, 0-octal or 0x-hex digits). */
    private static boolean numeric(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("0x")) {
            return l.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
        }
        return !l.isEmpty() && l.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** One part as inet_aton reads it, or -1 when it is not a number. */
    private static long atonPart(String p) {
        String l = p.toLowerCase(Locale.ROOT);
        int radix = 10;
        if (l.startsWith("0x")) {
            radix = 16;
            l = l.substring(2);
            if (l.isEmpty()) {
                return 0;
            }
        } else if (l.length() > 1 && l.startsWith("0")) {
            radix = 8;
            l = l.substring(1);
        }
        if (l.isEmpty() || l.length() > 12) {
            return -1;
        }
        try {
            return Long.parseLong(l, radix);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String lookup(List<Range> ranges, byte[] b) {
        for (Range r : ranges) {
            if (r.contains(b)) {
                return r.what();
            }
        }
        if (b.length == 4 && (b[0] & 0xFF) == 255 && (b[1] & 0xFF) == 255 && (b[2] & 0xFF) == 255
                && (b[3] & 0xFF) == 255) {
            return "the broadcast address";
        }
        return null;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Range range(String cidr, String what) {
        int slash = cidr.indexOf('/');
        try {
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress(); // literals: no lookup
            return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), what);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("bad range " + cidr, e);
        }
    }
}
