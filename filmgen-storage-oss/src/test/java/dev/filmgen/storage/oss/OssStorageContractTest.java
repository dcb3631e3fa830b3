package dev.filmgen.storage.oss;

import dev.filmgen.testing.kit.GeneratedStream;
import dev.filmgen.storage.Storage;
import dev.filmgen.testing.kit.StorageKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OSS store runs the storage kit against a stateful OSS fake on WireMock (path style, on 127.0.0.1). */
class OssStorageContractTest extends StorageKit {

    static final String BUCKET = "filmgen-test";
    static final String AK = "LTAI-test-key-id";
    static final String SECRET = "test-secret-never-shown";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private OssFake fake;

    @Override
    protected Storage createStorage() {
        fake = new OssFake(BUCKET, AK, SECRET, dir);
        return OssStorage.builder().endpoint("http://127.0.0.1:" + fake.port())
                .accessKeyId(AK).accessKeySecret(SECRET).bucket(BUCKET).directory("multimodal_generation")
                .multipartThreshold(4L << 20).partSize(2 << 20).maxRetries(0).build();
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Override
    protected byte[] fetch(URI link) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> "GET " + link + ": " + new String(response.body()));
        return response.body();
    }

    @Test
    void objectsLandUnderTheDirectory() {
        storage.put("s1/film/film.mp4", new byte[] {1, 2, 3}, "video/mp4");

        assertEquals(List.of("multimodal_generation/s1/film/film.mp4"), List.copyOf(fake.objectSizes().keySet()));
    }

    @Test
    void smallObjectsTakeOnePutAndLargeOnesGoMultipart() {
        storage.put("s1/a.png", new byte[1000], "image/png");
        assertEquals(List.of("PutObject"), fake.calls());

        storage.put("s1/b.mp4", GeneratedStream.of((5L << 20) + 1, 3), (5L << 20) + 1, "video/mp4");

        assertEquals(List.of("PutObject", "InitiateMultipartUpload", "UploadPart", "UploadPart", "UploadPart",
                "CompleteMultipartUpload"), fake.calls());
        assertEquals(0, fake.openUploads());
    }

    @Test
    void aSmallStreamOfUnknownLengthTakesOnePut() throws Exception {
        storage.put("s1/line.txt", new java.io.ByteArrayInputStream(new byte[5000]), -1, "text/plain");

        assertEquals(List.of("PutObject"), fake.calls());
        assertEquals(5000L, fake.objectSizes().get("multimodal_generation/s1/line.txt"));
    }

    @Test
    void linksArePathStylePresignedUrls() {
        storage.put("s1/film/film.mp4", new byte[] {1}, "video/mp4");

        URI link = storage.link("s1/film/film.mp4", Duration.ofHours(1));

        assertTrue(link.toString().startsWith("http://127.0.0.1:" + fake.port() + "/" + BUCKET
                + "/multimodal_generation/s1/film/film.mp4?"), link.toString());
        assertTrue(link.getRawQuery().contains("OSSAccessKeyId=" + AK), link.toString());
        assertTrue(link.getRawQuery().contains("Signature="), link.toString());
        assertTrue(!link.toString().contains(SECRET));
    }
}
