package dev.filmgen.storage.oss;

import dev.filmgen.error.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.filmgen.storage.oss.OssStorageContractTest.AK;
import static dev.filmgen.storage.oss.OssStorageContractTest.BUCKET;
import static dev.filmgen.storage.oss.OssStorageContractTest.SECRET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Configuration, environment variables, path style on localhost, link lifetimes and the client's lifecycle. */
class OssStorageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private OssFake fake;

    @BeforeEach
    void startFake() {
        fake = new OssFake(BUCKET, AK, SECRET, dir);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("OSS_ACCESS_KEY_ID", AK);
        env.put("OSS_ACCESS_KEY_SECRET", SECRET);
        env.put("OSS_ENDPOINT", "http://localhost:" + fake.port());
        env.put("OSS_BUCKET", BUCKET);
        env.put("OSS_DIRECTORY", "multimodal_generation/");
        return env;
    }

    private static int get(URI link) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theEnvironmentConfiguresAStoreThatWorksOnLocalhostInPathStyle() throws Exception {
        try (OssStorage storage = OssStorage.fromEnv(env())) {
            storage.put("s1/film/film.mp4", "film".getBytes(StandardCharsets.UTF_8), "video/mp4");

            assertEquals(List.of("multimodal_generation/s1/film/film.mp4"), List.copyOf(fake.objectSizes().keySet()));
            URI link = storage.link("s1/film/film.mp4");
            assertTrue(link.toString().startsWith("http://localhost:" + fake.port() + "/" + BUCKET + "/"), link.toString());
            assertEquals(200, get(link));
            try (InputStream in = storage.open("s1/film/film.mp4")) {
                assertArrayEquals("film".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
            }
        }
    }

    @Test
    void aMissingVariableIsNamed() {
        Map<String, String> env = env();
        env.remove("OSS_BUCKET");
        env.put("OSS_DIRECTORY", "  ");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OssStorage.fromEnv(env));

        assertTrue(e.getMessage().endsWith("missing: OSS_BUCKET, OSS_DIRECTORY"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void noVariablesMeansNoOssStore() {
        assertEquals(Optional.empty(), OssStorage.fromEnvIfConfigured(Map.of("PATH", "/usr/bin")));
    }

    @Test
    void someVariablesAreAnErrorNotASilentFallback() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OssStorage.fromEnvIfConfigured(Map.of("OSS_BUCKET", BUCKET)));

        assertTrue(e.getMessage().contains("missing: OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET, OSS_ENDPOINT,"
                + " OSS_DIRECTORY"), e.getMessage());
    }

    @Test
    void allVariablesGiveAnOssStore() {
        Optional<OssStorage> storage = OssStorage.fromEnvIfConfigured(env());

        assertTrue(storage.isPresent());
        assertEquals(BUCKET, storage.get().bucket());
        assertEquals("multimodal_generation/s1/a.png", storage.get().objectKey("s1/a.png"));
        storage.get().close();
    }

    @Test
    void linksLastTwentyFourHoursUnlessConfigured() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (OssStorage daily = OssStorage.builderFromEnv(env()).clock(clock).build();
             OssStorage hourly = OssStorage.builderFromEnv(env()).clock(clock).linkTtl(Duration.ofHours(1)).build()) {
            daily.put("s1/a.png", new byte[] {1}, "image/png");

            assertTrue(daily.link("s1/a.png").getRawQuery().contains("Expires=" + (now.getEpochSecond() + 86_400)));
            assertTrue(hourly.link("s1/a.png").getRawQuery().contains("Expires=" + (now.getEpochSecond() + 3_600)));
        }
    }

    @Test
    void anExpiredOrTamperedLinkIsRefusedByOss() throws Exception {
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        try (OssStorage storage = OssStorage.builderFromEnv(env()).clock(yesterday).build()) {
            storage.put("s1/a.png", new byte[] {1}, "image/png");
            URI expired = storage.link("s1/a.png", Duration.ofHours(1));
            URI fresh = storage.link("s1/a.png", Duration.ofDays(2));

            assertEquals(403, get(expired));
            assertEquals(200, get(fresh));
            assertEquals(403, get(URI.create(fresh.toString().replace("/s1/a.png?", "/s1/b.png?"))));
        }
    }

    @Test
    void aClosedStoreRefusesWork() {
        OssStorage storage = OssStorage.fromEnv(env());

        storage.close();
        storage.close();

        assertThrows(IllegalStateException.class, () -> storage.stat("s1/a.png"));
    }

    @Test
    void theBuilderNamesWhatIsWrong() {
        assertEquals("endpoint is required", message(OssStorage.builder()));
        assertEquals("accessKeySecret is required",
                message(OssStorage.builder().endpoint("http://127.0.0.1:1").accessKeyId(AK)));
        OssStorage.Builder ok = OssStorage.builderFromEnv(env());
        assertTrue(message(ok.partSize(1024)).startsWith("partSize must be at least 102400"));
        assertTrue(message(OssStorage.builderFromEnv(env()).bucket("Bad_Bucket")).startsWith("bucket must be"));
        assertTrue(message(OssStorage.builderFromEnv(env()).directory("a/../b")).contains("\"a/../b\""));
        assertTrue(message(OssStorage.builderFromEnv(env()).linkTtl(Duration.ZERO)).startsWith("linkTtl must be"));
    }

    @Test
    void anEndpointWithoutSchemeMeansHttps() {
        try (OssStorage storage = OssStorage.builderFromEnv(env()).endpoint("oss-cn-hangzhou.aliyuncs.com").build()) {
            assertEquals("https://oss-cn-hangzhou.aliyuncs.com", storage.endpoint());
        }
    }

    @Test
    void secretsStayOutOfText() {
        OssStorage.Builder builder = OssStorage.builderFromEnv(env());
        try (OssStorage storage = builder.build()) {
            assertFalse(builder.toString().contains(SECRET));
            assertFalse(storage.toString().contains(SECRET));
        }
    }

    private static String message(OssStorage.Builder builder) {
        return assertThrows(InvalidInputException.class, builder::build).getMessage();
    }
}
