package dev.filmgen.internal.runner;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Copies produced media into {@link Storage} and fetches stored media back as local files. */
public final class MediaImporter {
    private static final Duration LINK_TTL = Duration.ofDays(7);
    private final Storage storage;
    private final HttpClient http;

    public MediaImporter(Storage storage) {
        this.storage = storage;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Stores {@code asset} under {@code key} (plus an extension from its type) and returns the stored copy. */
    public MediaAsset importAsset(MediaAsset asset, String key) {
        if (asset.storageKey() != null && storage.stat(asset.storageKey()).isPresent()) {
            return asset;
        }
        String fullKey = key + "." + extension(asset.mediaType());
        StoredObject stored;
        try (InputStream in = open(asset.uri())) {
            stored = storage.put(fullKey, in, -1, asset.mediaType());
        } catch (IOException e) {
            throw new RetriableException("cannot read produced media " + describe(asset.uri()) + ": " + e.getMessage(), e);
        }
        return asset.withStorage(fullKey, storage.link(fullKey, LINK_TTL), stored.sizeBytes());
    }

    /** The asset as a local file: the storage's own file, the {@code file:} path, or a copy in {@code workDir}. */
    public Path localFile(MediaAsset asset, Path workDir) {
        if (asset.storageKey() != null) {
            Optional<Path> local = storage.localFile(asset.storageKey());
            if (local.isPresent()) {
                return local.get();
            }
        }
        if ("file".equalsIgnoreCase(asset.uri().getScheme())) {
            return Path.of(asset.uri());
        }
        try {
            Files.createDirectories(workDir);
            Path target = Files.createTempFile(workDir, "media-", "." + extension(asset.mediaType()));
            try (InputStream in = asset.storageKey() != null ? storage.open(asset.storageKey()) : open(asset.uri())) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch " + describe(asset.uri()) + " into " + workDir, e);
        }
    }

    private InputStream open(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "file":
                return Files.newInputStream(Path.of(uri));
            case "data":
                return new java.io.ByteArrayInputStream(decodeData(uri.toString()));
            case "http":
            case "https":
                return download(uri);
            default:
                throw new InvalidInputException("unsupported media location " + describe(uri)
                        + ": use file:, data:, http: or https:");
        }
    }

    private InputStream download(URI uri) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
        try {
            HttpResponse<InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            int status = res.statusCode();
            if (status / 100 != 2) {
                res.body().close();
                String msg = "downloading " + describe(uri) + " answered HTTP " + status;
                throw status >= 500 || status == 429 ? new RetriableException(msg) : new NonRetriableException(msg);
            }
            return res.body();
        } catch (HttpTimeoutException e) {
            throw new DeadlineExceededException("downloading " + describe(uri) + " timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.filmgen.error.CancelledException("download of " + describe(uri) + " cancelled");
        }
    }

    private static byte[] decodeData(String s) {
        int comma = s.indexOf(',');
        if (comma < 0) {
            throw new InvalidInputException("malformed data: URI (no comma)");
        }
        String meta = s.substring(5, comma);
        String payload = s.substring(comma + 1);
        return meta.endsWith(";base64") ? Base64.getDecoder().decode(payload)
                : java.net.URLDecoder.decode(payload, java.nio.charset.StandardCharsets.UTF_8)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A location safe to log: no query string (signed links carry secrets there), data: URIs shortened. */
    static String describe(URI uri) {
        if ("data".equalsIgnoreCase(uri.getScheme())) {
            return "data: URI";
        }
        String s = uri.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    static String extension(String mediaType) {
        int semi = mediaType.indexOf(';');
        String t = (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "image/png": return "png";
            case "image/jpeg": case "image/jpg": return "jpg";
            case "image/webp": return "webp";
            case "video/mp4": return "mp4";
            case "audio/wav": case "audio/x-wav": case "audio/wave": return "wav";
            case "audio/mpeg": case "audio/mp3": return "mp3";
            default:
                int slash = t.indexOf('/');
                String sub = slash < 0 ? "" : t.substring(slash + 1).replaceAll("[^a-z0-9]", "");
                return sub.isEmpty() || sub.length() > 5 ? "bin" : sub;
        }
    }
}
