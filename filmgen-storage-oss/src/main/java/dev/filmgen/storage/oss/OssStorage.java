package dev.filmgen.storage.oss;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.HttpMethod;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.ObjectMetadata;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.storage.ObjectNotFoundException;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StorageKeys;
import dev.filmgen.storage.StoredObject;
import dev.filmgen.storage.oss.internal.ObjectStream;
import dev.filmgen.storage.oss.internal.OssErrors;
import dev.filmgen.storage.oss.internal.OssUploader;
import dev.filmgen.storage.oss.internal.OssUploader.Uploaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link Storage} on Alibaba Cloud OSS: objects at {@code <directory>/<key>} in one bucket, streamed uploads
 * (multipart above a threshold), presigned GET links. Configure with {@link #builder()} or from the
 * {@code OSS_*} environment variables ({@link #fromEnvIfConfigured()}). Thread-safe; close it to shut the client
 * down.
 */
public final class OssStorage implements Storage {

    private static final Logger LOG = LoggerFactory.getLogger(OssStorage.class);

    private final OSS client;
    private final String endpoint;
    private final String bucket;
    private final String directory;
    private final Duration linkTtl;
    private final Clock clock;
    private final OssUploader uploader;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OssStorage(Builder b) {
        ClientBuilderConfiguration config = new ClientBuilderConfiguration();
        config.setMaxErrorRetry(b.maxRetries);
        config.setConnectionTimeout((int) b.connectTimeout.toMillis());
        config.setSocketTimeout((int) b.socketTimeout.toMillis());
        this.client = new OSSClientBuilder().build(b.endpoint, b.accessKeyId, b.accessKeySecret, config);
        this.endpoint = b.endpoint;
        this.bucket = b.bucket;
        this.directory = b.directory;
        this.linkTtl = b.linkTtl;
        this.clock = b.clock;
        this.uploader = new OssUploader(client, bucket, b.multipartThreshold, b.partSize);
        LOG.debug("OSS storage on {} bucket {} directory '{}'", endpoint, bucket, directory);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A store configured from the process environment; all of {@code OSS_*} must be set (a missing one is named). */
    public static OssStorage fromEnv() {
        return fromEnv(System.getenv());
    }

    /** As {@link #fromEnv()} over the given variables. */
    public static OssStorage fromEnv(Map<String, String> env) {
        return builderFromEnv(env).build();
    }

    /** A builder filled from the given {@code OSS_*} variables, to adjust (link lifetime, part size) before building. */
    public static Builder builderFromEnv(Map<String, String> env) {
        return OssEnv.builder(env);
    }

    /**
     * A store from the environment when any {@code OSS_*} variable is set, else empty (use the local store).
     * Setting some but not all of them is an error naming the missing ones.
     */
    public static Optional<OssStorage> fromEnvIfConfigured() {
        return fromEnvIfConfigured(System.getenv());
    }

    /** As {@link #fromEnvIfConfigured()} over the given variables. */
    public static Optional<OssStorage> fromEnvIfConfigured(Map<String, String> env) {
        return OssEnv.isConfigured(env) ? Optional.of(fromEnv(env)) : Optional.empty();
    }

    /** The endpoint in use, with its scheme. */
    public String endpoint() {
        return endpoint;
    }

    /** The bucket objects go to. */
    public String bucket() {
        return bucket;
    }

    /** The object key of a storage key: {@code <directory>/<key>}. */
    public String objectKey(String key) {
        if (closed.get()) {
            throw new IllegalStateException("this OssStorage is closed");
        }
        StorageKeys.check(key);
        return directory.isEmpty() ? key : directory + "/" + key;
    }

    @Override
    public StoredObject put(String key, InputStream data, long length, String contentType) {
        String objectKey = objectKey(key);
        String type = StorageKeys.contentType(contentType);
        Objects.requireNonNull(data, "data");
        if (length < -1) {
            throw new InvalidInputException("length must be -1 (unknown) or >= 0, was " + length + " for " + key);
        }
        try {
            Uploaded up = uploader.upload(key, objectKey, data, length, type);
            return new StoredObject(key, up.size(), type, up.etag());
        } catch (OssUploader.SourceFailure e) {
            throw new RetriableException("reading the data for " + StorageKeys.quote(key) + " failed: "
                    + e.getMessage() + "; nothing was stored", e.getCause());
        } catch (IOException e) {
            throw new RetriableException("uploading " + StorageKeys.quote(key) + " failed: " + e, e);
        } catch (RuntimeException e) {
            throw OssErrors.map("put", key, bucket, e);
        }
    }

    @Override
    public InputStream open(String key) {
        String objectKey = objectKey(key);
        OSSObject object;
        try {
            object = client.getObject(bucket, objectKey);
        } catch (RuntimeException e) {
            throw OssErrors.map("get", key, bucket, e);
        }
        return new ObjectStream(object);
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        String objectKey = objectKey(key);
        try {
            ObjectMetadata meta = client.getObjectMetadata(bucket, objectKey);
            return Optional.of(new StoredObject(key, meta.getContentLength(), meta.getContentType(), meta.getETag()));
        } catch (OSSException e) {
            if ("NoSuchKey".equals(e.getErrorCode())) {
                return Optional.empty();
            }
            throw OssErrors.map("head", key, bucket, e);
        } catch (RuntimeException e) {
            throw OssErrors.map("head", key, bucket, e);
        }
    }

    /** Presigned OSS links can be fetched by anyone holding them, model providers included. */
    @Override
    public boolean publicLinks() {
        return true;
    }

    /** A presigned GET link valid for the configured {@code linkTtl} (24 hours unless set). */
    public URI link(String key) {
        return link(key, linkTtl);
    }

    /** A presigned GET link valid for {@code ttl}; checks first that the object exists. */
    @Override
    public URI link(String key, Duration ttl) {
        String objectKey = objectKey(key);
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new InvalidInputException("link ttl must be positive, was " + ttl + " for " + key);
        }
        if (stat(key).isEmpty()) {
            throw new ObjectNotFoundException(key, "OSS bucket " + bucket, null);
        }
        Date expires = Date.from(clock.instant().plus(ttl));
        try {
            return client.generatePresignedUrl(bucket, objectKey, expires, HttpMethod.GET).toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the OSS SDK made an invalid URL for " + objectKey, e);
        } catch (RuntimeException e) {
            throw OssErrors.map("presign", key, bucket, e);
        }
    }

    @Override
    public boolean delete(String key) {
        String objectKey = objectKey(key);
        boolean existed = stat(key).isPresent();
        try {
            client.deleteObject(bucket, objectKey);
            return existed;
        } catch (RuntimeException e) {
            throw OssErrors.map("delete", key, bucket, e);
        }
    }

    /** Shuts the OSS client and its connection pool down. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            client.shutdown();
        }
    }

    @Override
    public String toString() {
        return "OssStorage[endpoint=" + endpoint + ", bucket=" + bucket + ", directory=" + directory + "]";
    }

    /** Builder of {@link OssStorage}; {@code build()} validates and makes the client but sends no request. */
    public static final class Builder {
        /** OSS's smallest part (except the last). */
        public static final int MIN_PART_SIZE = 100 * 1024;

        private String endpoint;
        private String accessKeyId;
        private String accessKeySecret;
        private String bucket;
        private String directory = "";
        private Duration linkTtl = Duration.ofHours(24);
        private long multipartThreshold = 16L << 20;
        private int partSize = 8 << 20;
        private int maxRetries = 3;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration socketTimeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * OSS endpoint, e.g. {@code https://oss-cn-hangzhou.aliyuncs.com}; without a scheme {@code https://} is
         * assumed. An IP address or {@code localhost} makes the SDK use path-style URLs ({@code host/bucket/key}).
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder accessKeyId(String accessKeyId) {
            this.accessKeyId = accessKeyId;
            return this;
        }

        /** The secret; never logged or shown by {@code toString()}. */
        public Builder accessKeySecret(String accessKeySecret) {
            this.accessKeySecret = accessKeySecret;
            return this;
        }

        public Builder bucket(String bucket) {
            this.bucket = bucket;
            return this;
        }

        /** Folder inside the bucket that keys live under; empty (the bucket root) by default. */
        public Builder directory(String directory) {
            this.directory = directory;
            return this;
        }

        /** Lifetime of {@link OssStorage#link(String)} links; 24 hours by default (the demo used 1 hour). */
        public Builder linkTtl(Duration linkTtl) {
            this.linkTtl = linkTtl;
            return this;
        }

        /** Known lengths above this go multipart; 16 MiB by default. */
        public Builder multipartThreshold(long multipartThreshold) {
            this.multipartThreshold = multipartThreshold;
            return this;
        }

        /** Size of each multipart part (and of the one buffer an upload holds); 8 MiB by default. */
        public Builder partSize(int partSize) {
            this.partSize = partSize;
            return this;
        }

        /** Retries the OSS client makes itself on 5xx and network errors; 3 by default. */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder socketTimeout(Duration socketTimeout) {
            this.socketTimeout = socketTimeout;
            return this;
        }

        /** Clock for link expiry; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public OssStorage build() {
            require(endpoint, "endpoint");
            endpoint = endpoint.strip().contains("://") ? endpoint.strip() : "https://" + endpoint.strip();
            require(accessKeyId, "accessKeyId");
            require(accessKeySecret, "accessKeySecret");
            require(bucket, "bucket");
            if (!bucket.matches("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")) {
                throw new InvalidInputException("bucket must be 3-63 lowercase letters, digits or '-', was " + bucket);
            }
            directory = normaliseDirectory(directory);
            positive(linkTtl, "linkTtl");
            positive(connectTimeout, "connectTimeout");
            positive(socketTimeout, "socketTimeout");
            if (partSize < MIN_PART_SIZE) {
                throw new InvalidInputException("partSize must be at least " + MIN_PART_SIZE + " bytes, was " + partSize);
            }
            if (multipartThreshold < 0) {
                throw new InvalidInputException("multipartThreshold must be >= 0, was " + multipartThreshold);
            }
            if (maxRetries < 0) {
                throw new InvalidInputException("maxRetries must be >= 0, was " + maxRetries);
            }
            if (clock == null) {
                throw new InvalidInputException("clock must not be null");
            }
            return new OssStorage(this);
        }

        private static String normaliseDirectory(String directory) {
            String d = directory == null ? "" : directory.strip();
            while (d.startsWith("/")) {
                d = d.substring(1);
            }
            while (d.endsWith("/")) {
                d = d.substring(0, d.length() - 1);
            }
            if (!d.isEmpty() && !StorageKeys.isValid(d)) {
                throw new InvalidInputException("directory " + StorageKeys.quote(directory)
                        + " is not a valid key prefix (no '..', '//', control characters, '\\' or ':')");
            }
            return d;
        }

        private static void require(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(field + " is required");
            }
        }

        private static void positive(Duration value, String field) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new InvalidInputException(field + " must be positive, was " + value);
            }
        }

        @Override
        public String toString() {
            return "OssStorage.Builder[endpoint=" + endpoint + ", bucket=" + bucket + ", accessKeySecret=***]";
        }
    }
}
