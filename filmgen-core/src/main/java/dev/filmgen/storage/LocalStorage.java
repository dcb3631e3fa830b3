package dev.filmgen.storage;

import dev.filmgen.error.StorageFailures;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.storage.internal.LocalFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@link Storage} on a local directory: {@code <root>/<key>}, written atomically (temporary file, then
 * rename), content type kept in a sidecar under {@code <root>/.filmgen-meta/}. Links are {@code file:} URIs,
 * or expiring signed HTTP links (see {@link LinkSigner}) when a public base URL and a secret are configured.
 * Thread-safe; concurrent puts of one key end with one of them whole (last rename wins).
 */
public final class LocalStorage implements Storage {

    private static final String META_DIR = ".filmgen-meta";
    private static final String TMP_DIR = ".filmgen-tmp";
    private static final String META_SUFFIX = ".properties";

    private final Path root;
    private final java.util.concurrent.atomic.AtomicBoolean swept = new java.util.concurrent.atomic.AtomicBoolean();
    private final LinkSigner signer;

    private LocalStorage(Builder b) {
        this.root = b.root.toAbsolutePath().normalize();
        this.signer = b.publicBaseUrl == null ? null
                : LinkSigner.builder().baseUrl(b.publicBaseUrl).secret(b.secret).clock(b.clock).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The directory objects live under. */
    public Path root() {
        return root;
    }

    /** The signer of HTTP links, when a public base URL was configured. */
    public Optional<LinkSigner> signer() {
        return Optional.ofNullable(signer);
    }

    /** Whether a signed link's parts are authentic and unexpired; false when no signer is configured. */
    public boolean verify(String key, String expires, String sig) {
        return signer != null && signer.verify(key, expires, sig);
    }

    @Override
    public StoredObject put(String key, InputStream data, long length, String contentType) {
        Path target = resolve(key);
        String type = StorageKeys.contentType(contentType);
        Objects.requireNonNull(data, "data");
        if (length < -1) {
            throw new InvalidInputException("length must be -1 (unknown) or >= 0, was " + length + " for " + key);
        }
        Path tmp = null;
        try {
            Path tmpDir = root.resolve(TMP_DIR);
            Files.createDirectories(tmpDir);
            if (swept.compareAndSet(false, true)) {
                WorkRoot.sweepStale(tmpDir, "*.tmp"); // what a crash left mid-write, once per store
            }
            tmp = Files.createTempFile(tmpDir, "put-", ".tmp");
            LocalFiles.Copied copied;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                copied = LocalFiles.copy(data, out);
            }
            if (length >= 0 && copied.size() != length) {
                throw new InvalidInputException("put " + StorageKeys.quote(key) + ": declared " + length
                        + " bytes but the stream had " + copied.size() + "; nothing was stored");
            }
            StoredObject stored = new StoredObject(key, copied.size(), type, copied.sha256());
            if (stat(key).filter(stored::equals).isPresent()) {
                return stored;
            }
            LocalFiles.replace(tmp, target);
            LocalFiles.writeMeta(metaFile(key), tmpDir, type, copied.size(), copied.sha256());
            return stored;
        } catch (LocalFiles.SourceFailure e) {
            throw new RetriableException("reading the data for " + StorageKeys.quote(key) + " failed: "
                    + e.getMessage() + "; nothing was stored", e.getCause());
        } catch (IOException e) {
            throw StorageFailures.of("cannot store " + StorageKeys.quote(key) + " under " + root, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    @Override
    public InputStream open(String key) {
        Path file = resolve(key);
        try {
            if (Files.isDirectory(file)) {
                throw new ObjectNotFoundException(key, root.toString(), null);
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ObjectNotFoundException(key, root.toString(), e);
        } catch (IOException e) {
            throw StorageFailures.of("cannot read " + StorageKeys.quote(key) + " under " + root, e);
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            Optional<Properties> meta = LocalFiles.readMeta(metaFile(key))
                    .filter(p -> Long.toString(size).equals(p.getProperty("size")));
            String type = meta.map(p -> p.getProperty("contentType")).orElse(StorageKeys.DEFAULT_CONTENT_TYPE);
            String etag = meta.map(p -> p.getProperty("sha256")).orElse(null);
            return Optional.of(new StoredObject(key, size, type, etag));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw StorageFailures.of("cannot stat " + StorageKeys.quote(key) + " under " + root, e);
        }
    }

    @Override
    public URI link(String key, Duration ttl) {
        Path file = resolve(key);
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new InvalidInputException("link ttl must be positive, was " + ttl + " for " + key);
        }
        if (!Files.isRegularFile(file)) {
            throw new ObjectNotFoundException(key, root.toString(), null);
        }
        return signer == null ? file.toUri() : signer.sign(key, ttl);
    }

    @Override
    public boolean delete(String key) {
        Path file = resolve(key);
        try {
            Files.deleteIfExists(metaFile(key));
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new NonRetriableException("cannot delete " + StorageKeys.quote(key) + " under " + root + ": " + e, e);
        }
    }

    /** The object's file, when it exists. */
    @Override
    public Optional<Path> localFile(String key) {
        Path file = resolve(key);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public String toString() {
        return "LocalStorage[root=" + root + (signer == null ? "" : ", links=" + signer.baseUrl()) + "]";
    }

    private Path resolve(String key) {
        StorageKeys.check(key);
        if (key.startsWith(".filmgen-")) {
            throw new InvalidInputException("bad storage key " + StorageKeys.quote(key)
                    + ": names starting with .filmgen- are reserved by the local store");
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new InvalidInputException("bad storage key " + StorageKeys.quote(key) + ": it leaves the root");
        }
        return file;
    }

    private Path metaFile(String key) {
        return root.resolve(META_DIR).resolve(key + META_SUFFIX);
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the next put uses a new name
            }
        }
    }

    /** Builder of {@link LocalStorage}; does no I/O (directories are made on the first put). */
    public static final class Builder {
        private Path root;
        private URI publicBaseUrl;
        private String secret;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The directory to keep objects under (required). */
        public Builder root(Path root) {
            this.root = root;
            return this;
        }

        /** Public base URL of the service serving this store; with {@link #secret} it turns on signed HTTP links. */
        public Builder publicBaseUrl(URI publicBaseUrl) {
            this.publicBaseUrl = publicBaseUrl;
            return this;
        }

        public Builder publicBaseUrl(String publicBaseUrl) {
            return publicBaseUrl(publicBaseUrl == null ? null : URI.create(publicBaseUrl));
        }

        /** HMAC secret for signed links (at least 16 bytes); required with {@link #publicBaseUrl}. */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /** Clock deciding link expiry; defaults to the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public LocalStorage build() {
            if (root == null) {
                throw new InvalidInputException("root is required");
            }
            if (clock == null) {
                throw new InvalidInputException("clock must not be null");
            }
            if (publicBaseUrl == null && secret != null) {
                throw new InvalidInputException("publicBaseUrl is required when secret is set");
            }
            if (publicBaseUrl != null && secret == null) {
                throw new InvalidInputException("secret is required when publicBaseUrl is set");
            }
            return new LocalStorage(this);
        }
    }
}
