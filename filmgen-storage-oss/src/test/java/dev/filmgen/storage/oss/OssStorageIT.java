package dev.filmgen.storage.oss;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.OSSObjectSummary;
import dev.filmgen.storage.Storage;
import dev.filmgen.testing.kit.StorageKit;
import org.junit.jupiter.api.AfterEach;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The storage contract against real Alibaba Cloud OSS. Skipped unless all {@code OSS_*} variables are set;
 * works under {@code $OSS_DIRECTORY/filmgen-it-<random>/} and deletes what it made.
 */
class OssStorageIT extends StorageKit {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private String prefix;

    @Override
    protected Storage createStorage() {
        assumeTrue(OssEnv.ALL.stream().allMatch(name -> System.getenv(name) != null && !System.getenv(name).isBlank()),
                "set " + OssEnv.ALL + " to run against real OSS");
        prefix = System.getenv("OSS_DIRECTORY").replaceAll("^/+|/+$", "") + "/filmgen-it-" + UUID.randomUUID();
        return OssStorage.builderFromEnv(System.getenv()).directory(prefix).build();
    }

    @Override
    protected byte[] fetch(URI link) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "GET " + link);
        return response.body();
    }

    @AfterEach
    void deleteWhatWasMade() {
        if (prefix == null) {
            return;
        }
        OSS client = new OSSClientBuilder().build(System.getenv("OSS_ENDPOINT"),
                System.getenv("OSS_ACCESS_KEY_ID"), System.getenv("OSS_ACCESS_KEY_SECRET"));
        try {
            String bucket = System.getenv("OSS_BUCKET");
            for (OSSObjectSummary summary : client.listObjects(new ListObjectsRequest(bucket)
                    .withPrefix(prefix + "/").withMaxKeys(1000)).getObjectSummaries()) {
                client.deleteObject(bucket, summary.getKey());
            }
        } finally {
            client.shutdown();
        }
    }
}
