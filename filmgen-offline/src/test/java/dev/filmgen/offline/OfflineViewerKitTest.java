package dev.filmgen.offline;

import dev.filmgen.model.VisionModel;
import dev.filmgen.testing.kit.VisionModelKit;

/** The offline viewer keeps the vision-model contract. */
class OfflineViewerKitTest extends VisionModelKit {
    @Override
    protected VisionModel model() {
        return new OfflineViewer();
    }

    @Override
    protected String modelName() {
        return OfflineModels.MODEL_NAME;
    }
}
