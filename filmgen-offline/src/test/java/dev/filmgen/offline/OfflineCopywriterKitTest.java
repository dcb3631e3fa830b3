package dev.filmgen.offline;

import dev.filmgen.model.TextModel;
import dev.filmgen.testing.kit.TextModelKit;

/** The offline copywriter keeps the text-model contract. */
class OfflineCopywriterKitTest extends TextModelKit {
    @Override
    protected TextModel model() {
        return new OfflineCopywriter(7);
    }

    @Override
    protected String modelName() {
        return OfflineModels.MODEL_NAME;
    }
}
