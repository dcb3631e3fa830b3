package dev.filmgen.dashscope;

import dev.filmgen.calls.Quota;
import dev.filmgen.model.ModelFacts;
import java.util.Optional;

/** What the DashScope ports tell the runner, read from {@link DashScopeCatalog} for the ports' region. */
interface CatalogFacts extends ModelFacts {

    /** The region the ports' key and endpoint belong to. */
    DashScopeRegion region();

    @Override
    default Optional<Quota> quota(String model) {
        return DashScopeCatalog.find(model).map(DashScopeCatalog.Entry::quota);
    }
}
