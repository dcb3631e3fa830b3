package dev.filmgen.media.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {

    static InetAddress literal(String s) throws UnknownHostException {
        return InetAddress.getByName(s); // literals only: no lookup
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        // IPv4 special-purpose registry, one or two addresses per range (first, inside, last)
        "0.0.0.0|'this network'", "0.255.255.255|'this network'",
        "10.0.0.1|private", "10.255.255.255|private",
        "100.64.0.1|shared (carrier-grade NAT)", "100.127.255.254|shared (carrier-grade NAT)",
        "127.0.0.1|loopback", "127.255.255.254|loopback",
        "169.254.169.254|link-local",
        "172.16.0.1|private", "172.31.255.255|private",
        "192.0.0.9|IETF protocol assignment", "192.0.0.170|IETF protocol assignment",
        "192.0.2.1|documentation address (TEST-NET-1)",
        "192.31.196.1|AS112", "192.52.193.1|AMT", "192.88.99.1|6to4 relay",
        "192.168.1.1|private", "192.175.48.1|AS112",
        "198.18.0.1|benchmarking", "198.19.255.255|benchmarking",
        "198.51.100.7|documentation address (TEST-NET-2)",
        "203.0.113.0|documentation address (TEST-NET-3)", "203.0.113.255|documentation address (TEST-NET-3)",
        "224.0.0.1|multicast", "239.255.255.250|multicast",
        "240.0.0.1|reserved", "255.255.255.255|reserved",
        // IPv6 registry and ranges outside global unicast
        "::|unspecified", "::1|loopback",
        "64:ff9b::7f00:1|NAT64", "64:ff9b:1::1|local-use NAT64",
        "100::1|discard-only", "2001::1|IETF protocol assignment", "2001:2::1|IETF protocol assignment",
        "2001:db8::1|documentation", "2002:7f00:1::1|6to4", "2620:4f:8000::1|AS112", "3fff::1|documentation",
        "5f00::1|segment routing", "fc00::1|unique-local", "fd12:3456::1|unique-local",
        "fe80::1|link-local", "fec0::1|site-local", "ff02::1|multicast",
        "4000::1|outside global unicast", "::808:808|deprecated IPv4-compatible",
        // IPv6 forms of private IPv4 addresses
        "::127.0.0.1|loopback address in IPv6 form", "::10.0.0.1|private address in IPv6 form",
        "::ffff:127.0.0.1|loopback", "::ffff:169.254.169.254|link-local",
    })
    void everySpecialPurposeRangeIsRefusedWithItsName(String address, String named) throws Exception {
        String why = Addresses.whyNotPublic(literal(address));
        assertNotNull(why, address + " passed");
        assertTrue(why.contains(named), address + ": " + why);
    }

    @ParameterizedTest
    @CsvSource({"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
        "192.0.1.1", "192.169.0.1", "198.17.255.255", "198.20.0.0", "203.0.114.1", "223.255.255.255",
        "2606:4700:4700::1111", "2400:cb00::1", "2001:4860:4860::8888", "::ffff:8.8.8.8"})
    void publicUnicastAddressesPass(String address) throws Exception {
        assertNull(Addresses.whyNotPublic(literal(address)), address);
    }

    @Test
    void ipv4MappedFormsAreCheckedAsTheirIpv4AddressEvenWhenKeptAsIpv6() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        mapped[12] = 10;
        mapped[15] = 1;
        java.net.Inet6Address v6 = java.net.Inet6Address.getByAddress(null, mapped, null); // stays IPv6
        assertEquals("a private address in IPv6 form", Addresses.whyNotPublic(v6));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0177.0.0.1|non-canonical form of the IPv4 address 127.0.0.1",
        "0x7f.0.0.1|non-canonical form of the IPv4 address 127.0.0.1",
        "0x7F000001|non-canonical form of the IPv4 address 127.0.0.1",
        "127.1|non-canonical form of the IPv4 address 127.0.0.1",
        "127.0.1|non-canonical form of the IPv4 address 127.0.0.1",
        "2130706433|non-canonical form of the IPv4 address 127.0.0.1",
        "017700000001|non-canonical form of the IPv4 address 127.0.0.1",
        "10.0.0.010|non-canonical form of the IPv4 address 10.0.0.8",
        "192.168.0x1.1|non-canonical form of the IPv4 address 192.168.1.1",
        "127.0.0.1.|non-canonical form of the IPv4 address 127.0.0.1",
        "8.8.8.08|not a valid IPv4 address",
        "256.0.0.1|not a valid IPv4 address",
        "1.2.3.4.5|not a valid IPv4 address",
        "1.2.65536|not a valid IPv4 address",
        "evil.example.0x10|not a valid IPv4 address",
    })
    void numericHostsAreReadAsInetAtonReadsThemAndOnlyTheCanonicalFormPasses(String host, String why) {
        String r = Addresses.whyNotCanonical(host);
        assertNotNull(r, host + " passed");
        assertTrue(r.contains(why), host + ": " + r);
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1", "8.8.8.8", "0.0.0.0", "shop.example.com", "cdn-1.example", "1e100.net",
        "example.com.", "a.0b"})
    void canonicalQuadsAndNamesAreNotNumericForms(String host) {
        assertNull(Addresses.whyNotCanonical(host), host);
    }
}
