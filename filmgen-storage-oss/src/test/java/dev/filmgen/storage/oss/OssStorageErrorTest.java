package dev.filmgen.storage.oss;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.testing.kit.GeneratedStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.filmgen.storage.oss.OssStorageContractTest.AK;
import static dev.filmgen.storage.oss.OssStorageContractTest.BUCKET;
import static dev.filmgen.storage.oss.OssStorageContractTest.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OSS failures arrive as filmgen exceptions: the right retriability, the OSS code and request id, no secret. */
class OssStorageErrorTest {

    private static final String OBJECT_PATH = "/" + BUCKET + "/dir/s1/x.png";

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

    private OssStorage.Builder builder() {
        return OssStorage.builder().endpoint("http://127.0.0.1:" + fake.port()).accessKeyId(AK)
                .accessKeySecret(SECRET).bucket(BUCKET).directory("dir").maxRetries(0)
                .multipartThreshold(300 * 1024).partSize(200 * 1024);
    }

    private FilmgenException putFails(OssStorage storage) {
        return assertThrows(FilmgenException.class, () -> storage.put("s1/x.png", new byte[10], "image/png"));
    }

    private void stubPut(int status, String code, String requestId) {
        fake.server().stubFor(put(urlPathEqualTo(OBJECT_PATH)).atPriority(1).willReturn(aResponse()
                .withStatus(status).withHeader("Content-Type", "application/xml")
                .withHeader("x-oss-request-id", requestId)
                .withBody(OssFake.errorXml(code, "stubbed " + code, requestId))));
    }

    private static void assertNoSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "secret leaked in " + t);
        }
    }

    @Test
    void accessDeniedIsAnAuthenticationFailureWithTheRequestId() {
        stubPut(403, "AccessDenied", "REQ-403");
        try (OssStorage storage = builder().build()) {
            FilmgenException e = putFails(storage);

            assertInstanceOf(AuthenticationException.class, e);
            assertFalse(e.isRetriable());
            assertTrue(e.getMessage().contains("AccessDenied") && e.getMessage().contains("REQ-403"), e.getMessage());
            assertTrue(e.getMessage().contains("\"s1/x.png\""), e.getMessage());
        }
    }

    @Test
    void aWrongSecretIsRefusedByTheSignatureCheck() {
        try (OssStorage storage = builder().accessKeySecret("not-the-secret").build()) {
            FilmgenException e = putFails(storage);

            assertInstanceOf(AuthenticationException.class, e);
            assertTrue(e.getMessage().contains("SignatureDoesNotMatch"), e.getMessage());
            assertNoSecret(e);
        }
    }

    @Test
    void aWrongKeyIdIsRefused() {
        try (OssStorage storage = builder().accessKeyId("LTAI-unknown").build()) {
            FilmgenException e = assertThrows(FilmgenException.class, () -> storage.stat("s1/x.png"));

            assertInstanceOf(AuthenticationException.class, e);
            assertTrue(e.getMessage().contains("InvalidAccessKeyId"), e.getMessage());
        }
    }

    @Test
    void aMissingBucketIsNonRetriableWithCodeAndRequestId() {
        try (OssStorage storage = builder().bucket("no-such-bucket").build()) {
            ProviderRejectedException onPut = assertThrows(ProviderRejectedException.class,
                    () -> storage.put("s1/x.png", new byte[10], "image/png"));
            ProviderRejectedException onHead = assertThrows(ProviderRejectedException.class,
                    () -> storage.stat("s1/x.png"));

            assertEquals("NoSuchBucket", onPut.code());
            assertTrue(onPut.requestId() != null && onPut.getMessage().contains(onPut.requestId()));
            assertEquals("NoSuchBucket", onHead.code(), "HEAD carries the error in x-oss-err");
            assertTrue(onPut.getMessage().contains("OSS_BUCKET"), onPut.getMessage());
        }
    }

    @Test
    void slowDownIsRateLimited() {
        stubPut(503, "SlowDown", "REQ-503");
        try (OssStorage storage = builder().build()) {
            FilmgenException e = putFails(storage);

            assertInstanceOf(RateLimitedException.class, e);
            assertTrue(e.isRetriable());
            assertTrue(e.getMessage().contains("REQ-503"), e.getMessage());
        }
    }

    @Test
    void qpsLimitIsRateLimited() {
        stubPut(503, "TotalQpsLimitExceeded", "REQ-QPS");
        try (OssStorage storage = builder().build()) {
            assertInstanceOf(RateLimitedException.class, putFails(storage));
        }
    }

    @Test
    void internalErrorIsRetriable() {
        stubPut(500, "InternalError", "REQ-500");
        try (OssStorage storage = builder().build()) {
            FilmgenException e = putFails(storage);

            assertInstanceOf(RetriableException.class, e);
            assertFalse(e instanceof RateLimitedException);
            assertTrue(e.getMessage().contains("InternalError") && e.getMessage().contains("REQ-500"), e.getMessage());
        }
    }

    @Test
    void aServerErrorWithoutBodyIsRetriable() {
        fake.server().stubFor(put(urlPathEqualTo(OBJECT_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(502).withHeader("x-oss-request-id", "REQ-502")));
        try (OssStorage storage = builder().build()) {
            assertTrue(putFails(storage).isRetriable());
        }
    }

    @Test
    void anUnreachableEndpointIsRetriable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (OssStorage storage = builder().endpoint("http://127.0.0.1:" + closedPort).build()) {
            FilmgenException e = putFails(storage);

            assertTrue(e.isRetriable(), e.toString());
            assertNoSecret(e);
        }
    }

    @Test
    void theClientRetriesATransientFailureItself() {
        fake.server().stubFor(put(urlPathEqualTo(OBJECT_PATH)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/xml")
                        .withBody(OssFake.errorXml("ServiceUnavailable", "busy", "REQ-1"))));
        try (OssStorage storage = builder().maxRetries(1).build()) {
            storage.put("s1/x.png", new byte[10], "image/png");

            assertEquals(10L, fake.objectSizes().get("dir/s1/x.png"));
        }
    }

    @Test
    void aFailedPartAbortsTheMultipartUpload() {
        fake.server().stubFor(put(urlPathMatching(OBJECT_PATH)).atPriority(1).withQueryParam("partNumber",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("2")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/xml").withBody(OssFake.errorXml("InternalError", "x", "R"))));
        try (OssStorage storage = builder().build()) {
            FilmgenException e = assertThrows(FilmgenException.class,
                    () -> storage.put("s1/x.png", GeneratedStream.of(500_000, 1), 500_000, "image/png"));

            assertTrue(e.isRetriable());
            assertEquals(List.of("InitiateMultipartUpload", "UploadPart", "AbortMultipartUpload"), fake.calls());
            assertEquals(0, fake.openUploads());
            assertTrue(fake.objectSizes().isEmpty());
        }
    }

    @Test
    void aShortStreamIsBadInputAndStoresNothing() {
        try (OssStorage storage = builder().build()) {
            InvalidInputException single = assertThrows(InvalidInputException.class,
                    () -> storage.put("s1/x.png", new ByteArrayInputStream(new byte[10]), 20, "image/png"));
            InvalidInputException multi = assertThrows(InvalidInputException.class,
                    () -> storage.put("s1/y.png", GeneratedStream.of(400_000, 1), 600_000, "image/png"));

            assertTrue(single.getMessage().contains("declared 20 bytes but the stream had 10"), single.getMessage());
            assertTrue(multi.getMessage().contains("declared 600000 bytes but the stream had 400000"),
                    multi.getMessage());
            assertTrue(fake.objectSizes().isEmpty());
            assertEquals(0, fake.openUploads());
        }
    }

    @Test
    void aLongStreamIsBadInputAndLeavesNoTruncatedObject() {
        try (OssStorage storage = builder().build()) {
            assertThrows(InvalidInputException.class,
                    () -> storage.put("s1/x.png", new ByteArrayInputStream(new byte[30]), 20, "image/png"));
            assertThrows(InvalidInputException.class,
                    () -> storage.put("s1/y.png", GeneratedStream.of(700_000, 1), 600_000, "image/png"));

            assertTrue(fake.objectSizes().isEmpty(), fake.objectSizes().toString());
            assertEquals(0, fake.openUploads());
        }
    }
}
