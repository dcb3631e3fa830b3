package dev.filmgen.internal.runner;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.media.PictureSize;
import dev.filmgen.media.PixelBudget;
import dev.filmgen.media.RemoteMedia;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.media.RemoteMediaRefused;
import dev.filmgen.media.internal.ImageMagic;
import dev.filmgen.media.internal.Locations;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.WorkRoot;
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MediaImporter.class);
    private static final Duration LINK_TTL = Duration.ofDays(7);
    private final Storage storage;
    private final RemoteMediaPolicy results;
    private final RemoteMediaPolicy photos;
    private final PixelBudget pixels;

    /** An importer with the default policies. */
    public MediaImporter(Storage storage) {
        this(storage, RemoteMediaPolicy.modelResults(), RemoteMediaPolicy.productPhotos());
    }

    public MediaImporter(Storage storage, RemoteMediaPolicy results, RemoteMediaPolicy photos) {
        this(storage, results, photos, PixelBudget.defaults());
    }

    /** @param pixels how many pixels a product photo may have (checked from its header) */
    public MediaImporter(Storage storage, RemoteMediaPolicy results, RemoteMediaPolicy photos, PixelBudget pixels) {
        this.storage = storage;
        this.results = results;
        this.photos = photos;
        this.pixels = pixels;
    }

    /**
     * Reads a user's product photo (an http(s) URL under the photo policy, a {@code file:} path or a {@code data:} URI),
     * checks it against the pixel budget from its header, and stores it in the session's topic folder, so the session
     * never depends on the user's location again. Throws {@link InvalidInputException} naming the location (without
     * query string) and the reason when the photo is refused, unreachable or too large; nothing is fetched from a
     * refused address and nothing is decoded beyond the header.
     */
    public MediaAsset importPhoto(MediaAsset photo, String sessionId) {
        String scheme = photo.uri().getScheme() == null ? "" : photo.uri().getScheme().toLowerCase(Locale.ROOT);
        String where = describe(photo.uri());
        byte[] bytes;
        String type = null;
        if (scheme.equals("http") || scheme.equals("https")) {
            try (RemoteMedia media = photos.open(photo.uri())) {
                bytes = media.readAll();
                type = media.mediaType();
            } catch (RemoteMediaRefused e) {
                throw new InvalidInputException("the product photo " + e.location() + " was refused: " + e.detail(), e);
            } catch (CancelledException e) {
                throw e;
            } catch (IOException | FilmgenException e) {
                throw new InvalidInputException("the product photo " + where + " could not be fetched: "
                        + e.getMessage(), e);
            }
        } else {
            bytes = readLocal(photo.uri(), where);
        }
        PictureSize size = pixels.check(bytes, "the product photo " + where);
        String magic = ImageMagic.mediaType(bytes);
        type = magic != null ? magic : type != null && type.startsWith("image/") ? type : "image/" + size.format();
        String fullKey = sessionId + "/topic/product-photo-" + digest(bytes) + "." + extension(type);
        StoredObject stored = storage.put(fullKey, new java.io.ByteArrayInputStream(bytes), bytes.length, type);
        dropScratch(photo.uri()); // an upload waiting in a work root is no longer needed
        return new MediaAsset(storage.link(fullKey, LINK_TTL), type, fullKey, stored.sizeBytes(), null, null, null);
    }

    /** The bytes of a {@code file:} or {@code data:} photo, at most the photo policy's byte limit. */
    private byte[] readLocal(URI uri, String where) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            if (scheme.equals("data")) {
                bytes = decodeData(uri.toString());
            } else if (scheme.equals("file") || scheme.isEmpty()) {
                Path p = scheme.isEmpty() ? Path.of(uri.toString()) : Path.of(uri);
                try (InputStream in = Files.newInputStream(p)) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, photos.maxBytes() + 1));
                }
            } else {
                throw new InvalidInputException("the product photo " + where + " cannot be read: use an http(s) URL, "
                        + "a file or a data: URI");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("the product photo " + where + " cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length > photos.maxBytes()) {
            throw new InvalidInputException("the product photo " + where + " is larger than " + photos.maxBytes()
                    + " bytes");
        }
        return bytes;
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
        dropScratch(asset.uri());
        return asset.withStorage(fullKey, storage.link(fullKey, LINK_TTL), stored.sizeBytes());
    }

    /**
     * {@link #importAsset} for a paid result: a download that breaks off (a reset, a closed stream) is tried again, up
     * to three times in all, since the provider's link stays valid for hours and the copy costs nothing, while giving
     * up would throw away a result that was paid for. {@code what} names it in logs; {@code checkCancelled} runs
     * between tries.
     */
    public MediaAsset importPaid(MediaAsset asset, String key, String what, Runnable checkCancelled) {
        for (int attempt = 1; ; attempt++) {
            try {
                return importAsset(asset, key);
            } catch (RetriableException e) {
                if (attempt >= 3) {
                    throw e;
                }
                LOG.warn("{}: copying the result into storage failed ({}); trying again", what, e.getMessage());
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException(what + " cancelled while copying its result");
                }
                checkCancelled.run();
            }
        }
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

    /**
     * A model result written as a file under a work root (the offline models' media, say) is scratch once stored:
     * it is deleted, so 10 films leave no file behind. Files anywhere else belong to someone else and stay.
     */
    private static void dropScratch(URI uri) {
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            return;
        }
        Path p = Path.of(uri);
        if (WorkRoot.isScratch(p)) {
            WorkRoot.deleteTree(p);
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
