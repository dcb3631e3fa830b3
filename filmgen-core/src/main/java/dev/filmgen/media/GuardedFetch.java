package dev.filmgen.media;

import dev.filmgen.error.CancelledException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.media.RemoteMediaRefused.Reason;
import dev.filmgen.media.internal.ImageMagic;
import dev.filmgen.media.internal.Locations;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/** The fetch loop of a {@link RemoteMediaPolicy}: check, connect, follow redirects by hand, cap, sniff. */
final class GuardedFetch {
    private static final int SNIFF = 12;
    private final RemoteMediaPolicy policy;
    private volatile HttpClient http;

    GuardedFetch(RemoteMediaPolicy policy) {
        this.policy = policy;
    }

    /** See {@link RemoteMediaPolicy#open}. */
    RemoteMedia open(URI start) {
        URI uri = policy.check(start);
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            HttpResponse<InputStream> res = send(uri);
            int status = res.statusCode();
            if (status >= 300 && status < 400 && res.headers().firstValue("location").isPresent()) {
                close(res);
                URI next;
                try {
                    next = uri.resolve(res.headers().firstValue("location").get().strip());
                } catch (IllegalArgumentException e) {
                    throw new RemoteMediaRefused(Reason.UNREACHABLE, Locations.describe(uri),
                            "it redirects to an invalid URL");
                }
                uri = policy.check(next);
                continue;
            }
            if (status / 100 != 2) {
                close(res);
                String msg = Locations.describe(uri) + " answered HTTP " + status;
                if (status >= 500 || status == 429) {
                    throw new RetriableException(msg);
                }
                throw new RemoteMediaRefused(Reason.UNREACHABLE, Locations.describe(uri),
                        "the server answered HTTP " + status);
            }
            return accept(uri, res);
        }
        throw new RemoteMediaRefused(Reason.UNREACHABLE, Locations.describe(start), "it redirects more than "
                + policy.maxRedirects() + " times");
    }

    private RemoteMedia accept(URI uri, HttpResponse<InputStream> res) {
        String where = Locations.describe(uri);
        long length = res.headers().firstValueAsLong("content-length").orElse(-1);
        String declared = res.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
        int semi = declared.indexOf(';');
        declared = (semi < 0 ? declared : declared.substring(0, semi)).strip();
        if (length > policy.maxBytes()) {
            close(res);
            throw new RemoteMediaRefused(Reason.TOO_LARGE, where, "the body is " + length
                    + " bytes; the limit is " + policy.maxBytes());
        }
        InputStream body = new BufferedInputStream(new CappedInputStream(res.body(), policy.maxBytes(), where));
        if (policy.allowedTypes().isEmpty()) {
            return new RemoteMedia(uri, declared.isEmpty() ? "application/octet-stream" : declared, length, body);
        }
        if (!declared.startsWith("image/")) {
            close(res);
            throw new RemoteMediaRefused(Reason.WRONG_TYPE, where, "it serves '" + declared + "', not an image");
        }
        try {
            body.mark(SNIFF);
            byte[] head = body.readNBytes(SNIFF);
            body.reset();
            String type = ImageMagic.mediaType(head);
            if (type == null || !policy.allowedTypes().contains(type)) {
                body.close();
                throw new RemoteMediaRefused(Reason.WRONG_TYPE, where, "its bytes are not "
                        + String.join(", ", new java.util.TreeSet<>(policy.allowedTypes())));
            }
            return new RemoteMedia(uri, type, length, body);
        } catch (IOException e) {
            close(res);
            throw new RetriableException("reading " + where + " failed: " + e.getMessage(), e);
        }
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(policy.timeout()).GET().build();
        try {
            return client().send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new DeadlineExceededException("fetching " + Locations.describe(uri) + " timed out", e);
        } catch (IOException e) {
            throw new RetriableException("fetching " + Locations.describe(uri) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("fetching " + Locations.describe(uri) + " was cancelled");
        } catch (IllegalArgumentException e) {
            throw new NonRetriableException("cannot fetch " + Locations.describe(uri) + ": " + e.getMessage(), e);
        }
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(policy.timeout()).build();
                }
                c = http;
            }
        }
        return c;
    }

    private static void close(HttpResponse<InputStream> res) {
        try {
            res.body().close();
        } catch (IOException ignored) {
            // nothing more to read
        }
    }
}
