package dev.filmgen.media.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Classifies IP addresses filmgen must not fetch from (SSRF guard). */
public final class Addresses {
    private Addresses() {
    }

    /**
     * Why {@code a} is not a public unicast address (loopback, link-local, private, unique-local,
     * carrier-grade NAT, multicast, unspecified, IPv4-mapped or documentation ranges), or null when it is public.
     */
    public static String whyNotPublic(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        if (a.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            if (b0 == 0 || (b0 == 100 && b1 >= 64 && b1 < 128) || (b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0)
                    || (b0 == 198 && (b1 == 18 || b1 == 19)) || b0 >= 240) {
                return "a reserved address";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "a private (unique-local) address";
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return "an IPv4-mapped address";
            }
        }
        return null;
    }
}
