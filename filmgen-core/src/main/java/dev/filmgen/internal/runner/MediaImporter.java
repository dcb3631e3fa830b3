package dev.filmgen.internal.runner;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.media.RemoteMedia;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.media.RemoteMediaRefused;
import dev.filmgen.media.internal.Locations;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Copies produced media into {@link Storage} and fetches stored media back as local files. Remote model results
 * are fetched under the results policy (a byte cap); a user's http(s) product photo under the photo policy
 * (public addresses only, size and type checks) before it is stored.
 */
public final class MediaImporter {
    private static final Duration LINK_TTL = Duration.ofDays(7);
    private final Storage storage;
    private final RemoteMediaPolicy results;
    private final RemoteMediaPolicy photos;

    /** An importer with the default policies. */
    public MediaImporter(Storage storage) {
        this(storage, RemoteMediaPolicy.modelResults(), RemoteMediaPolicy.productPhotos());
    }

    public MediaImporter(Storage storage, RemoteMediaPolicy results, RemoteMediaPolicy photos) {
        this.storage = storage;
        this.results = results;
        this.photos = photos;
    }

    /**
     * Fetches a user's http(s) product photo under the photo policy and stores it in the session's topic folder;
     * other locations (file:, data:) are returned unchanged. Throws {@link InvalidInputException}
     * naming the location (without query string) and the reason when the photo is refused or unreachable;
     * nothing is fetched from a refused address.
     */
    public MediaAsset importPhoto(MediaAsset photo, String sessionId) {
        String scheme = photo.uri().getScheme() == null ? "" : photo.uri().getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return photo;
        }
        String where = describe(photo.uri());
        try (RemoteMedia media = photos.open(photo.uri())) {
            byte[] bytes = media.readAll();
            String fullKey = sessionId + "/topic/product-photo-" + digest(bytes) + "." + extension(media.mediaType());
            StoredObject stored = storage.put(fullKey, new java.io.ByteArrayInputStream(bytes), bytes.length,
                    media.mediaType());
            return new MediaAsset(storage.link(fullKey, LINK_TTL), media.mediaType(), fullKey, stored.sizeBytes(),
                    null, null, null);
        } catch (RemoteMediaRefused e) {
            throw new InvalidInputException("the product photo " + e.location() + " was refused: " + e.detail(), e);
        } catch (CancelledException e) {
            throw e;
        } catch (IOException | FilmgenException e) {
            throw new InvalidInputException("the product photo " + where + " could not be fetched: "
                    + e.getMessage(), e);
        }
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

    private InputStream download(URI uri) {
        try {
            return results.open(uri).body();
        } catch (RemoteMediaRefused e) {
            if (e.reason() == RemoteMediaRefused.Reason.UNREACHABLE) {
                throw new NonRetriableException("downloading " + e.location() + ": " + e.detail(), e);
            }
            throw e;
        }
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
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
        return Locations.describe(uri);
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
