package dev.filmgen.testing;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.storage.ObjectNotFoundException;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StorageKeys;
import dev.filmgen.storage.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link Storage} that keeps objects on the heap, for tests. It keeps the whole storage contract (it runs the
 * storage kit) except streaming; links look like {@code memory://<key, each segment url-encoded>?ttl=<seconds>} and
 * {@link #fetch(URI)} follows them.
 */
public final class MemoryStorage implements Storage {
    private static final String SCHEME = "memory";

    private record Entry(byte[] bytes, String type, String etag) { }

    private final Map<String, Entry> data = new ConcurrentHashMap<>();

    @Override
    public StoredObject put(String key, InputStream in, long length, String contentType) {
        StorageKeys.check(key);
        String type = StorageKeys.contentType(contentType);
        byte[] bytes;
        try {
            bytes = length < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(length, Integer.MAX_VALUE - 8));
            if (length >= 0 && bytes.length < length) {
                throw new InvalidInputException("cannot store " + StorageKeys.quote(key) + ": declared " + length
                        + " bytes but the stream had " + bytes.length);
            }
            if (length >= 0 && in.read() >= 0) {
                throw new InvalidInputException("cannot store " + StorageKeys.quote(key) + ": declared " + length
                        + " bytes but the stream had more");
            }
        } catch (IOException e) {
            throw new RetriableException("cannot store " + StorageKeys.quote(key) + ": reading the source failed: "
                    + e.getMessage(), e);
        }
        Entry entry = new Entry(bytes, type, sha256(bytes));
        data.put(key, entry);
        return new StoredObject(key, bytes.length, type, entry.etag());
    }

    @Override
    public InputStream open(String key) {
        return new ByteArrayInputStream(entry(key).bytes());
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        Entry e = data.get(StorageKeys.check(key));
        return e == null ? Optional.empty() : Optional.of(new StoredObject(key, e.bytes().length, e.type(), e.etag()));
    }

    @Override
    public URI link(String key, Duration ttl) {
        entry(key);
        if (ttl == null || ttl.isZero() || ttl.isNegative()) {
            throw new InvalidInputException("a link to " + StorageKeys.quote(key) + " needs a positive lifetime, not "
                    + ttl);
        }
        StringBuilder encoded = new StringBuilder();
        for (String segment : key.split("/")) {
            encoded.append(encoded.length() == 0 ? "" : "/")
                    .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return URI.create(SCHEME + "://" + encoded + "?ttl=" + ttl.toSeconds());
    }

    @Override
    public boolean delete(String key) {
        return data.remove(StorageKeys.check(key)) != null;
    }

    /** The bytes a {@code memory:} link of this store leads to. */
    public byte[] fetch(URI link) {
        if (!SCHEME.equals(link.getScheme())) {
            throw new InvalidInputException("not a memory link: " + link);
        }
        StringBuilder key = new StringBuilder();
        for (String segment : (link.getRawAuthority() + link.getRawPath()).split("/")) {
            key.append(key.length() == 0 ? "" : "/").append(URLDecoder.decode(segment, StandardCharsets.UTF_8));
        }
        return entry(key.toString()).bytes().clone();
    }

    /** How many objects are stored. */
    public int size() {
        return data.size();
    }

    /** The bytes stored under {@code key}, or null. */
    public byte[] bytes(String key) {
        Entry e = data.get(key);
        return e == null ? null : e.bytes();
    }

    private Entry entry(String key) {
        Entry e = data.get(StorageKeys.check(key));
        if (e == null) {
            throw new ObjectNotFoundException(key, "memory storage", null);
        }
        return e;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
