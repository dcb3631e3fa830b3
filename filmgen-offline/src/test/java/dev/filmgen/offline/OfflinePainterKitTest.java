package dev.filmgen.offline;

import dev.filmgen.model.ImageModel;
import dev.filmgen.testing.kit.ImageModelKit;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The offline painter keeps the image-model contract. */
class OfflinePainterKitTest extends ImageModelKit {
    @TempDir
    Path dir;

    @Override
    protected ImageModel model() {
        return new OfflinePainter(7, dir);
    }

    @Override
    protected String modelName() {
        return OfflineModels.MODEL_NAME;
    }
}
