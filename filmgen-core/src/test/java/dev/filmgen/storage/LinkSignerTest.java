package dev.filmgen.storage;

import dev.filmgen.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkSignerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final LinkSigner signer = LinkSigner.builder().baseUrl("https://films.example.com/media/")
            .secret("0123456789abcdef0123").clock(clock).build();

    @Test
    void aSignatureVerifiesUntilItsExpiry() {
        long expires = clock.instant().getEpochSecond() + 60;
        String sig = signer.signature("s1/film/film.mp4", expires);

        assertTrue(signer.verify("s1/film/film.mp4", expires, sig));
        clock.advance(Duration.ofSeconds(61));
        assertFalse(signer.verify("s1/film/film.mp4", expires, sig));
    }

    @Test
    void theSignatureIsBase64UrlOfAnHmacSha256() {
        String sig = signer.signature("k", 1);

        assertEquals(43, sig.length());
        assertTrue(sig.matches("[A-Za-z0-9_-]+"), sig);
    }

    @Test
    void junkPartsFailQuietly() {
        long expires = clock.instant().getEpochSecond() + 60;
        String sig = signer.signature("s1/a", expires);

        assertFalse(signer.verify("s1/a", "soon", sig));
        assertFalse(signer.verify("s1/a", "", sig));
        assertFalse(signer.verify("s1/a", null, sig));
        assertFalse(signer.verify("s1/a", Long.toString(expires), null));
        assertFalse(signer.verify("../a", Long.toString(expires), signer.signature("../a", expires)));
        assertFalse(signer.verify("s1/a", "99999999999999999999999", sig));
        assertTrue(signer.verify("s1/a", Long.toString(expires), sig));
    }

    @Test
    void aRequestUriYieldsItsKeyWhenAuthentic() {
        URI link = signer.sign("会话/film/广告 片.mp4", Duration.ofHours(24));

        assertTrue(link.getRawPath().startsWith("/media/%E4%BC%9A%E8%AF%9D/film/"), link.toString());
        assertEquals(Optional.of("会话/film/广告 片.mp4"), signer.verify(link));
        URI pathOnly = URI.create(link.getRawPath() + "?" + link.getRawQuery());
        assertEquals(Optional.of("会话/film/广告 片.mp4"), signer.verify(pathOnly));
    }

    @Test
    void aRequestOutsideTheBasePathOrWithoutQueryYieldsNothing() {
        URI link = signer.sign("s1/a.png", Duration.ofHours(1));

        assertEquals(Optional.empty(), signer.verify(URI.create("/other/s1/a.png?" + link.getRawQuery())));
        assertEquals(Optional.empty(), signer.verify(URI.create(link.getRawPath())));
        assertEquals(Optional.empty(), signer.verify(URI.create("/media/s1/%C3%28.png?" + link.getRawQuery())));
    }

    @Test
    void aLinkThatGivesItsSignatureOrExpiryTwiceYieldsNothingEvenWhenOneCopyIsAuthentic() {
        URI link = signer.sign("s1/a.png", Duration.ofHours(1));
        String q = link.getRawQuery();
        String sig = q.substring(q.indexOf("sig="));
        String expires = q.substring(0, q.indexOf('&'));

        assertEquals(Optional.of("s1/a.png"), signer.verify(link));
        assertEquals(Optional.empty(), signer.verify(URI.create(link.getRawPath() + "?" + q + "&sig=AAAA")));
        assertEquals(Optional.empty(), signer.verify(URI.create(link.getRawPath() + "?sig=AAAA&" + q)));
        assertEquals(Optional.empty(), signer.verify(URI.create(link.getRawPath() + "?" + q + "&" + sig)));
        assertEquals(Optional.empty(), signer.verify(URI.create(link.getRawPath() + "?" + expires + "&" + q)));
    }

    @Test
    void theBuilderNamesWhatIsWrong() {
        assertEquals("baseUrl is required", assertThrows(InvalidInputException.class,
                () -> LinkSigner.builder().secret("0123456789abcdef").build()).getMessage());
        assertTrue(assertThrows(InvalidInputException.class,
                () -> LinkSigner.builder().baseUrl("ftp://x/y").secret("0123456789abcdef").build())
                .getMessage().startsWith("baseUrl must be an absolute http(s) URL"));
        assertEquals("secret must be at least 16 bytes", assertThrows(InvalidInputException.class,
                () -> LinkSigner.builder().baseUrl("http://x/y").secret("short").build()).getMessage());
    }

    @Test
    void theSecretNeverShowsInText() {
        assertFalse(signer.toString().contains("0123456789abcdef"));
    }
}
