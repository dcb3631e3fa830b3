package dev.filmgen.examples.service.internal;

import dev.filmgen.examples.service.ImagePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * Fetches a product photo for a turn, safely: checks the scheme, resolves the host and refuses
 * non-public addresses before any connection (unless the policy allows them), follows at most three
 * redirects re-checking each, limits the size, and accepts only real images (content type and magic
 * bytes). The photo is saved under the upload folder and handed to the turn as a {@code file:} URI.
 */
public final class ImageIntake {
    private static final int MAX_REDIRECTS = 3;
    private final ImagePolicy policy;
    private final Path uploads;
    private final HttpClient http;

    public ImageIntake(ImagePolicy policy, Path uploads) {
        this.policy = policy;
        this.uploads = uploads;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.timeout()).build();
    }

    /** Fetches and stores the photo at {@code url}; returns its local {@code file:} URI. */
    public String fetch(String sessionId, String url) {
        URI uri = check(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> res = get(uri);
            int status = res.statusCode();
            if (status >= 300 && status < 400 && res.headers().firstValue("location").isPresent()) {
                close(res);
                uri = check(uri.resolve(res.headers().firstValue("location").get()).toString());
                continue;
            }
            if (status != 200) {
                close(res);
                throw new RequestRefused("image_unreachable", "the product image URL answered HTTP " + status);
            }
            return save(sessionId, res);
        }
        throw new RequestRefused("image_unreachable", "the product image URL redirects more than " + MAX_REDIRECTS
                + " times");
    }

    /** Validates scheme and address of {@code url} without connecting; returns it parsed. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new RequestRefused("image_refused", "the product image URL is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RequestRefused("image_refused", "the product image URL must be http or https, not '"
                    + (scheme.isEmpty() ? url : scheme) + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new RequestRefused("image_refused", "the product image URL has no host");
        }
        if (policy.allowPrivateAddresses()) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = policy.resolver().resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new RequestRefused("image_unreachable", "the product image host '" + host + "' does not resolve");
        }
        for (InetAddress a : addresses) {
            String why = Addresses.whyNotPublic(a);
            if (why != null) {
                throw new RequestRefused("image_refused", "the product image host '" + host + "' is " + why
                        + " (" + a.getHostAddress() + "); such addresses are refused unless allowed in the config");
            }
        }
        return uri;
    }

    private HttpResponse<InputStream> get(URI uri) {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(policy.timeout()).header("Accept", "image/*").GET().build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new RequestRefused("image_unreachable", "the product image could not be fetched: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestRefused("image_unreachable", "interrupted while fetching the product image");
        }
    }

    private String save(String sessionId, HttpResponse<InputStream> res) {
        String type = res.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        long length = res.headers().firstValueAsLong("content-length").orElse(-1);
        if (!type.startsWith("image/")) {
            close(res);
            throw new RequestRefused("not_an_image", "the product image URL serves '" + type + "', not an image");
        }
        if (length > policy.maxBytes()) {
            close(res);
            throw new RequestRefused("image_too_large", "the product image is " + length + " bytes; the limit is "
                    + policy.maxBytes());
        }
        byte[] bytes;
        try (InputStream in = res.body()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
        } catch (IOException e) {
            throw new RequestRefused("image_unreachable", "the product image download broke off: " + e);
        }
        if (bytes.length > policy.maxBytes()) {
            throw new RequestRefused("image_too_large", "the product image is larger than the limit of "
                    + policy.maxBytes() + " bytes");
        }
        String ext = ImageMagic.extension(bytes);
        if (ext == null) {
            throw new RequestRefused("not_an_image", "the product image URL's bytes are not a PNG, JPEG or WebP picture");
        }
        try {
            Path dir = Files.createDirectories(uploads.resolve(sessionId));
            Path file = dir.resolve("product-" + UUID.randomUUID() + "." + ext);
            Files.write(file, bytes);
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the product image under " + uploads, e);
        }
    }

    private static void close(HttpResponse<InputStream> res) {
        try {
            res.body().close();
        } catch (IOException ignored) {
            // nothing more to read
        }
    }
}
