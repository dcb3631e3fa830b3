package dev.filmgen.dashscope;

import dev.filmgen.calls.Quota;
import dev.filmgen.model.ModelFacts;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** What the DashScope ports tell the runner, read from {@link DashScopeCatalog} for the ports' region. */
interface CatalogFacts extends ModelFacts {

    /** The region the ports' key and endpoint belong to. */
    DashScopeRegion region();

    @Override
    default Optional<Quota> quota(String model) {
        return DashScopeCatalog.find(model).map(DashScopeCatalog.Entry::quota);
    }

    /** A model the catalogue records as not offered in the ports' region, with the model to use instead. */
    @Override
    default Optional<String> unavailable(String model) {
        return DashScopeCatalog.find(model).filter(e -> !e.offeredIn(region())).map(e -> model + " is not offered in "
                + region().describe() + " (only in " + e.regions().stream().map(DashScopeRegion::describe)
                .collect(java.util.stream.Collectors.joining(", ")) + ")" + (e.alternative() == null ? ""
                : "; use " + e.alternative() + " there"));
    }

    @Override
    default OptionalInt promptCap(String model) {
        return DashScopeCatalog.find(model).map(DashScopeCatalog.Entry::promptCap).orElse(OptionalInt.empty());
    }

    @Override
    default OptionalInt negativePromptCap(String model) {
        return DashScopeCatalog.find(model).map(DashScopeCatalog.Entry::negativePromptCap).orElse(OptionalInt.empty());
    }

    /** Bailian fetches every picture of a request itself, from the public internet. */
    @Override
    default boolean needsReachableMedia(String model) {
        return true;
    }

    @Override
    default OptionalLong inlineLimit(String model) {
        return DashScopeCatalog.find(model).filter(DashScopeCatalog.Entry::takesPictures)
                .map(e -> OptionalLong.of(e.inlineLimit())).orElse(OptionalLong.empty());
    }

    @Override
    default Optional<List<String>> voices(String model) {
        return DashScopeCatalog.find(model).map(DashScopeCatalog.Entry::voices).filter(v -> !v.isEmpty());
    }
}
