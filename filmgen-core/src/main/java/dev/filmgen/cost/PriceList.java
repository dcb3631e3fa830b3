package dev.filmgen.cost;

import dev.filmgen.model.Units;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices by model name, in yuan (CNY). A name matches exactly, or as the family of a longer name
 * ({@code qwen-max} prices {@code qwen-max-2025-01-25}); the longest matching name wins. Providers publish their
 * defaults (the DashScope module from the Model Studio price list); config {@code prices} lays the host's own over
 * them unit by unit with {@link #with(PriceList)}. Immutable.
 */
public final class PriceList {
    /** The offline models, the Topic stage's {@code none} and the composer: free, and saying so. */
    public static final PriceList LOCAL = builder()
            .price("offline", ModelPrice.free("offline models run on this machine and cost nothing"))
            .price("none", ModelPrice.free("no model"))
            .price("ffmpeg", ModelPrice.free("composed on this machine"))
            .build();
    private static final PriceList EMPTY = new PriceList(Map.of());

    private final Map<String, ModelPrice> models;

    private PriceList(Map<String, ModelPrice> models) {
        this.models = Collections.unmodifiableMap(new TreeMap<>(models));
    }

    /** No prices at all. */
    public static PriceList empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The price entries by model name. */
    public Map<String, ModelPrice> models() {
        return models;
    }

    /** The price of {@code model}: its own entry, else its longest family entry. */
    public Optional<ModelPrice> find(String model) {
        if (model == null) {
            return Optional.empty();
        }
        String m = model.trim().toLowerCase(Locale.ROOT);
        ModelPrice exact = models.get(m);
        if (exact != null) {
            return Optional.of(exact);
        }
        String best = null;
        for (String name : models.keySet()) {
            if (m.startsWith(name + "-") && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return Optional.ofNullable(best == null ? null : models.get(best));
    }

    /** Yuan for {@code units} of {@code model}, or empty when the model has no price. */
    public Optional<BigDecimal> cost(String model, Units units) {
        return find(model).map(p -> p.cost(units));
    }

    /** This list with {@code override} laid over it, model by model and unit by unit. */
    public PriceList with(PriceList override) {
        Map<String, ModelPrice> m = new TreeMap<>(models);
        override.models.forEach((name, price) -> m.merge(name, price, ModelPrice::with));
        return new PriceList(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceList && ((PriceList) o).models.equals(models);
    }

    @Override
    public int hashCode() {
        return models.hashCode();
    }

    @Override
    public String toString() {
        return "PriceList" + models.keySet();
    }

    /** Collects model prices. */
    public static final class Builder {
        private final Map<String, ModelPrice> models = new TreeMap<>();

        private Builder() {
        }

        /** The price of {@code model} (a model name or a family prefix). */
        public Builder price(String model, ModelPrice price) {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(price, "price");
            models.put(model.trim().toLowerCase(Locale.ROOT), price);
            return this;
        }

        public PriceList build() {
            return new PriceList(models);
        }
    }
}
