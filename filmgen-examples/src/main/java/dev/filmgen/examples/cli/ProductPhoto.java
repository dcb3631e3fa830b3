package dev.filmgen.examples.cli;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.media.PictureSize;
import dev.filmgen.media.PixelBudget;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Checks a {@code --image} before anything is paid for: a readable image file, or an http(s) URL that
 * answers with an image (fetched once, at most {@link #MAX_BYTES}, into the data folder).
 */
final class ProductPhoto {
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private ProductPhoto() {
    }

    /** Returns a {@code file:} URI of a validated local copy or the file itself. */
    static String resolve(String image, Path inputsDir, PixelBudget budget) throws CliOptions.UsageException {
        String lower = image.toLowerCase(java.util.Locale.ROOT);
        Path file;
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            file = download(image, inputsDir);
        } else {
            file = Path.of(lower.startsWith("file:") ? URI.create(image).getPath() : image).toAbsolutePath();
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new CliOptions.UsageException("--image " + image + " is not a readable file");
            }
        }
        checkImage(file, image, budget);
        return file.toUri().toString();
    }

    static void checkImage(Path file, String shown, PixelBudget budget) throws CliOptions.UsageException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CliOptions.UsageException("--image " + shown + " is larger than 20 MB");
            }
            PictureSize img;
            try { // the header only: a picture is never decoded here, so a decompression bomb costs nothing
                img = budget.check(file, "--image " + shown);
            } catch (InvalidInputException e) {
                throw new CliOptions.UsageException(e.getMessage().contains("is not a picture")
                        ? "--image " + shown + " is not a picture (PNG, JPEG, GIF or BMP)" : e.getMessage());
            }
            if (img.format().equals("webp")) {
                throw new CliOptions.UsageException("--image " + shown + " is a WebP picture; give a PNG, JPEG, GIF or BMP");
            }
            if (img.width() < 64 || img.height() < 64) {
                throw new CliOptions.UsageException("--image " + shown + " is too small (" + img.width() + "x"
                        + img.height() + "); give at least 64x64 pixels");
            }
        } catch (IOException e) {
            throw new CliOptions.UsageException("--image " + shown + " cannot be read: " + e.getMessage());
        }
    }

    private static Path download(String url, Path dir) throws CliOptions.UsageException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            Files.createDirectories(dir);
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = res.body()) {
                if (res.statusCode() != 200) {
                    throw new CliOptions.UsageException("--image " + url + " answered HTTP " + res.statusCode());
                }
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new CliOptions.UsageException("--image " + url + " is larger than 20 MB");
                }
                Path tmp = Files.createTempFile(dir, "photo-", ".img");
                Files.write(tmp, bytes);
                return tmp;
            }
        } catch (IllegalArgumentException e) {
            throw new CliOptions.UsageException("--image " + url + " is not a valid URL");
        } catch (IOException e) {
            throw new CliOptions.UsageException("--image " + url + " cannot be fetched: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliOptions.UsageException("--image " + url + ": interrupted");
        }
    }
}
