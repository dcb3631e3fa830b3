package dev.filmgen.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.storage.LocalStorage;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed artifact links: served when authentic and unexpired, 403 when tampered or expired, 404 when unknown. */
class SignedFilesTest {
    private static final Instant NOW = Instant.ofEpochSecond(1761701161L);
    private static final byte[] FILM = "film bytes".getBytes(StandardCharsets.UTF_8);
    @TempDir
    Path root;
    private LocalStorage storage;
    private SignedFiles files;

    @BeforeEach
    void store() {
        storage = LocalStorage.builder().root(root).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .publicBaseUrl("http://host.test/files").secret("0123456789abcdef0123").build();
        storage.put("demo/film/film.mp4", FILM, "video/mp4");
        storage.put("demo/other.mp4", FILM, "video/mp4");
        files = new SignedFiles(storage, storage.signer().orElseThrow()::verify, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private SignedFiles.Outcome at(String url) {
        return files.lookup(URI.create(url));
    }

    private static void refused(SignedFiles.Outcome o, int status, String code) {
        SignedFiles.Refused r = (SignedFiles.Refused) o;
        assertEquals(status, r.status(), r.toString());
        assertEquals(code, r.code(), r.toString());
    }

    @Test
    void anAuthenticLinkServesTheObjectWithItsTypeAndSize() throws Exception {
        URI link = storage.link("demo/film/film.mp4", Duration.ofHours(1));
        SignedFiles.Found found = (SignedFiles.Found) files.lookup(link);
        assertEquals("demo/film/film.mp4", found.key());
        assertEquals("video/mp4", found.object().contentType());
        assertEquals(FILM.length, found.object().sizeBytes());
        try (InputStream in = found.open()) {
            assertArrayEquals(FILM, in.readAllBytes());
        }
    }

    @Test
    void aTamperedKeyOrSignatureIsForbidden() {
        String link = storage.link("demo/film/film.mp4", Duration.ofHours(1)).toString();
        refused(at(link.replace("film/film.mp4", "other.mp4")), 403, "forbidden");
        refused(at(link.substring(0, link.length() - 3) + "AAA"), 403, "forbidden");
        refused(at(link.replaceAll("expires=\\d+", "expires=" + (NOW.getEpochSecond() + 99_999))), 403, "forbidden");
    }

    @Test
    void anExpiredLinkSaysSo() {
        Clock later = Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        SignedFiles tomorrow = new SignedFiles(storage, storage.signer().orElseThrow()::verify, later);
        refused(tomorrow.lookup(storage.link("demo/film/film.mp4", Duration.ofHours(1))), 403, "link_expired");
    }

    @Test
    void aLinkWithoutANumericExpiryOrASignatureIsForbidden() {
        refused(at("http://host.test/files/demo/film/film.mp4"), 403, "forbidden");
        refused(at("http://host.test/files/demo/film/film.mp4?expires=soon&sig=x"), 403, "forbidden");
        refused(at("http://host.test/files/demo/film/film.mp4?expires=" + (NOW.getEpochSecond() + 60)), 403, "forbidden");
    }

    @Test
    void aSecurityParameterGivenTwiceIsForbiddenWhicheverCopyIsAuthentic() {
        String link = storage.link("demo/film/film.mp4", Duration.ofHours(1)).toString();
        String query = link.substring(link.indexOf('?') + 1);
        String base = link.substring(0, link.indexOf('?'));
        for (String doubled : new String[] {link + "&sig=AAAA", base + "?sig=AAAA&" + query, link + "&expires=1",
                link + "&%73ig=AAAA"}) {
            SignedFiles.Refused r = (SignedFiles.Refused) at(doubled);
            assertEquals(403, r.status(), doubled);
            assertTrue(r.message().contains("twice"), r.message());
        }
    }

    @Test
    void aSignedLinkToAnObjectThatIsGoneIsNotFound() {
        URI link = storage.link("demo/film/film.mp4", Duration.ofHours(1));
        storage.delete("demo/film/film.mp4");
        refused(files.lookup(link), 404, "not_found");
    }
}
