package dev.filmgen.dashscope;

import dev.filmgen.model.TextModel;

/**
 * The text port of a {@link ModelRouter} (as the CLI and the service build it) keeps the text-model contract too:
 * deltas, usage and every provider failure pass through the routing unchanged.
 */
class RoutedTextModelKitTest extends DashScopeTextModelKitTest {
    @Override
    protected TextModel model() {
        return ModelRouter.builder().dashScope(FakeBailian.models(wm).modelSet()).build().models().text();
    }
}
