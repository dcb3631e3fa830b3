package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.VisionModel;
import dev.filmgen.model.VisionRequest;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of {@link VisionModel}: a picture given as a {@code data:} URI or a local {@code file:} is
 * described in words, alone or compared with reference pictures, and concurrent requests each get their answer. The subclass supplies the port and the model
 * name; a remote port's test also implements {@link RemoteModelKit} with its local fake.
 */
public abstract class VisionModelKit {

    /** The port under test. */
    protected abstract VisionModel model();

    /** The model name requests carry. */
    protected abstract String modelName();

    /** The product photo the kit asks about; by default a 400x300 PNG as a {@code data:} URI. */
    protected MediaAsset picture() {
        return KitMedia.pngAsset(400, 300, new Color(0x2F6FD0));
    }

    /** A question about {@code image}. */
    protected VisionRequest request(MediaAsset image) {
        return new VisionRequest(modelName(), image, "What product is in this photo? Describe its colour and shape.");
    }

    /** One ordinary call; {@link RemoteModelKit} uses it. */
    public void callOnce() {
        model().describe(request(picture()));
    }

    private static void assertAnswer(String answer) {
        assertNotNull(answer);
        assertFalse(answer.isBlank(), "a description in words");
    }

    @Test
    void describesAPictureGivenInline() {
        assertAnswer(model().describe(request(picture())));
    }

    @Test
    void describesAPictureGivenAsALocalFile() throws IOException {
        Path dir = Files.createTempDirectory("kit-vision-");
        try {
            byte[] bytes = KitMedia.bytes(picture());
            Path file = Files.write(dir.resolve("product.png"), bytes);
            assertAnswer(model().describe(request(new MediaAsset(file.toUri(), picture().mediaType(), null,
                    bytes.length, null, picture().width(), picture().height()))));
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException ignored) {
                // a temporary folder
            }
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void answersAboutAPictureComparedWithReferences() {
        VisionRequest judge = new VisionRequest(modelName(), picture(), "Does the first picture show the product of"
                + " the second? Answer with a score from 0 to 10 and one sentence.", List.of(picture()));

        assertAnswer(model().describe(judge));
    }

    @Test
    void theBilledCallTheRunnerMakesKeepsTheSameContract() {
        assertAnswer(model().describeBilled(request(picture())).value());
    }

    @Test
    void concurrentRequestsEachGetAnAnswer() throws Exception {
        List<String> answers = Concurrently.run(3, i -> model().describe(request(picture())));

        answers.forEach(VisionModelKit::assertAnswer);
    }
}
