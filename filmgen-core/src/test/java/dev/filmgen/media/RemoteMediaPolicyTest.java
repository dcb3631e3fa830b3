package dev.filmgen.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.media.RemoteMediaRefused.Reason;
import dev.filmgen.testing.PhotoServer;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteMediaPolicyTest {
    private PhotoServer server;
    private final RemoteMediaPolicy strict = RemoteMediaPolicy.productPhotos();
    private final RemoteMediaPolicy local = strict.toBuilder().allowPrivateHosts(true).build();

    @BeforeEach
    void serve() throws Exception {
        server = new PhotoServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RemoteMediaRefused refused(RemoteMediaPolicy policy, String url) {
        return assertThrows(RemoteMediaRefused.class, () -> policy.open(URI.create(url)).close(), url);
    }

    @Test
    void refusesNonPublicAddressesWithoutContactingThem() {
        int port = server.port();
        List<String> urls = List.of("http://127.0.0.1:" + port + "/photo.png?Signature=secret",
                "http://localhost:" + port + "/photo.png", "http://[::1]:" + port + "/photo.png",
                "http://[::ffff:127.0.0.1]:" + port + "/photo.png", "http://0.0.0.0:" + port + "/photo.png",
                "http://10.1.2.3/x.png", "http://172.16.5.4/x.png", "http://192.168.0.10/x.png",
                "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/x.png", "http://[fd00::1]/x.png",
                "http://[fe80::1]/x.png", "http://224.0.0.1/x.png");
        for (String url : urls) {
            RemoteMediaRefused e = refused(strict, url);
            assertEquals(Reason.ADDRESS, e.reason(), url);
            assertTrue(e.getMessage().contains("address"), e.getMessage());
            assertFalse(e.getMessage().contains("Signature"), "the query string leaked: " + e.getMessage());
        }
        assertTrue(refused(strict, "http://127.0.0.1:" + port + "/p.png").getMessage().contains("loopback"));
        assertTrue(refused(strict, "http://10.0.0.1/p.png").getMessage().contains("private"));
        assertTrue(refused(strict, "http://169.254.1.1/p.png").getMessage().contains("link-local"));
        assertEquals(0, server.hits(), "a refused address was contacted");
    }

    @Test
    void refusesOtherSchemes() {
        for (String url : List.of("ftp://example.com/p.png", "file:///etc/passwd", "gopher://x/y",
                "data:image/png;base64,AA", "/relative/p.png")) {
            RemoteMediaRefused e = refused(strict, url);
            assertEquals(Reason.ADDRESS, e.reason(), url);
            assertTrue(e.getMessage().contains("http or https"), e.getMessage());
        }
    }

    @Test
    void checksEveryAddressAHostResolvesTo() throws Exception {
        InetAddress open = InetAddress.getByAddress("mixed.test", new byte[] {93, (byte) 184, 1, 1});
        InetAddress lan = InetAddress.getByAddress("mixed.test", new byte[] {10, 0, 0, 7});
        RemoteMediaPolicy p = strict.toBuilder().resolver(h -> new InetAddress[] {open, lan}).build();
        RemoteMediaRefused e = assertThrows(RemoteMediaRefused.class, () -> p.check(URI.create("http://mixed.test/p.png")));
        assertTrue(e.getMessage().contains("10.0.0.7"), e.getMessage());
        RemoteMediaPolicy onlyPublic = strict.toBuilder().resolver(h -> new InetAddress[] {open}).build();
        assertEquals(URI.create("https://mixed.test/p.png"), onlyPublic.check(URI.create("https://mixed.test/p.png")));
        assertEquals(Reason.UNREACHABLE, assertThrows(RemoteMediaRefused.class, () -> strict.toBuilder()
                .resolver(h -> { throw new java.net.UnknownHostException(h); }).build()
                .check(URI.create("http://nowhere.test/p.png"))).reason());
    }

    @Test
    void aRedirectToARefusedAddressIsNotFollowed() throws Exception {
        // "localhost" is said to be public, so the first hop reaches the test server; its redirect to 127.0.0.1
        // must then be checked again and refused before any request is sent there
        InetAddress fakePublic = InetAddress.getByAddress("localhost", new byte[] {93, (byte) 184, 1, 1});
        RemoteMediaPolicy p = strict.toBuilder()
                .resolver(h -> h.equals("localhost") ? new InetAddress[] {fakePublic} : InetAddress.getAllByName(h))
                .build();
        String target = "127.0.0.1:" + server.port() + "/photo.png";
        RemoteMediaRefused e = refused(p, "http://localhost:" + server.port() + "/redirect/" + target);
        assertEquals(Reason.ADDRESS, e.reason());
        assertTrue(e.getMessage().contains("http://" + target), e.getMessage());
        assertEquals(1, server.hits("/redirect/" + target));
        assertEquals(0, server.hits("/photo.png"), "the refused redirect target was contacted");
    }

    @Test
    void followsAllowedRedirectsAndReadsTheImage() throws Exception {
        String target = "127.0.0.1:" + server.port() + "/photo.png";
        try (RemoteMedia m = local.open(URI.create(server.base() + "/redirect/" + target))) {
            assertEquals("image/png", m.mediaType());
            assertEquals(URI.create("http://" + target), m.uri());
            assertArrayEquals(PhotoServer.PNG, m.readAll());
        }
        RemoteMediaRefused loop = refused(local, server.base() + "/loop");
        assertEquals(Reason.UNREACHABLE, loop.reason());
        assertTrue(loop.getMessage().contains("redirects more than 3 times"), loop.getMessage());
        assertEquals(4, server.hits("/loop"));
    }

    @Test
    void capsTheSizeDeclaredOrStreamed() {
        RemoteMediaPolicy small = local.toBuilder().maxBytes(1000).build();
        RemoteMediaRefused declared = refused(small, server.base() + "/big.png");
        assertEquals(Reason.TOO_LARGE, declared.reason());
        assertTrue(declared.getMessage().contains("limit is 1000"), declared.getMessage());
        RemoteMediaRefused streamed = assertThrows(RemoteMediaRefused.class, () -> {
            try (RemoteMedia m = small.open(URI.create(server.base() + "/big-chunked.png"))) {
                m.readAll();
            }
        });
        assertEquals(Reason.TOO_LARGE, streamed.reason());
        assertTrue(streamed.getMessage().contains("limit of 1000 bytes"), streamed.getMessage());
    }

    @Test
    void acceptsOnlyImagesByTypeAndBytes() throws Exception {
        RemoteMediaRefused page = refused(local, server.base() + "/page.html");
        assertEquals(Reason.WRONG_TYPE, page.reason());
        assertTrue(page.getMessage().contains("text/html"), page.getMessage());
        RemoteMediaRefused fake = refused(local, server.base() + "/fake.png");
        assertEquals(Reason.WRONG_TYPE, fake.reason());
        assertTrue(fake.getMessage().contains("bytes are not"), fake.getMessage());
        RemoteMediaPolicy any = local.toBuilder().allowedTypes(Set.of()).build();
        try (RemoteMedia m = any.open(URI.create(server.base() + "/page.html"))) {
            assertEquals("text/html", m.mediaType());
        }
    }

    @Test
    void classifiesServerErrors() {
        assertEquals(Reason.UNREACHABLE, refused(local, server.base() + "/missing.png").reason());
        RetriableException busy = assertThrows(RetriableException.class,
                () -> local.open(URI.create(server.base() + "/busy.png?token=abc")));
        assertTrue(busy.getMessage().contains("HTTP 503"), busy.getMessage());
        assertFalse(busy.getMessage().contains("token"), busy.getMessage());
    }

    @Test
    void buildNamesTheWrongSetting() {
        assertTrue(assertThrows(InvalidInputException.class, () -> RemoteMediaPolicy.builder().maxBytes(0).build())
                .getMessage().contains("maxBytes"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> RemoteMediaPolicy.builder().allowedTypes(Set.of("video/mp4")).build()).getMessage()
                .contains("allowedTypes"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> RemoteMediaPolicy.builder().maxRedirects(-1).build()).getMessage().contains("maxRedirects"));
        RemoteMediaPolicy d = RemoteMediaPolicy.productPhotos();
        assertFalse(d.allowPrivateHosts());
        assertEquals(20L * 1024 * 1024, d.maxBytes());
        assertEquals(RemoteMediaPolicy.IMAGE_TYPES, d.allowedTypes());
        assertEquals(1L << 30, RemoteMediaPolicy.modelResults().maxBytes());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"http://[::127.0.0.1]/p.png",
        "http://[::ffff:10.0.0.1]/p.png", "http://0177.0.0.1/p.png", "http://203.0.113.5/p.png",
        "http://198.18.0.1/p.png", "http://[2001:db8::1]/p.png", "http://[64:ff9b::7f00:1]/p.png",
        "http://192.0.2.10/p.png", "http://100.64.1.1/p.png", "http://0x7f.0.0.1/p.png", "http://127.1/p.png",
        "http://2130706433/p.png", "http://[fec0::1]/p.png", "http://[2002:7f00:1::1]/p.png"})
    void ipv6FormsOfPrivateAddressesSpecialPurposeRangesAndNumericTricksAreRefused(String url) {
        RemoteMediaRefused e = org.junit.jupiter.api.Assertions.assertThrows(RemoteMediaRefused.class,
                () -> RemoteMediaPolicy.productPhotos().check(url));
        assertEquals(RemoteMediaRefused.Reason.ADDRESS, e.reason(), url + ": " + e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aNonCanonicalNumericHostIsRefusedEvenWhenPrivateHostsAreAllowed() {
        RemoteMediaRefused e = org.junit.jupiter.api.Assertions.assertThrows(RemoteMediaRefused.class,
                () -> RemoteMediaPolicy.builder().allowPrivateHosts(true).build().check("http://0177.0.0.1/p.png"));
        assertTrue(e.detail().contains("non-canonical form of the IPv4 address 127.0.0.1"), e.detail());
    }
}
