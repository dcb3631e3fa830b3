package dev.filmgen.cost;

import dev.filmgen.model.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one model costs, in yuan (CNY) per unit it bills ({@link Units} names), and where that was read. A unit the
 * model bills but this price does not name costs nothing (a picture model bills no tokens); a price with no units at
 * all is a free model (the offline ones).
 *
 * @param perUnit yuan per one unit, by unit name
 * @param source where the prices come from and when they were read
 */
public record ModelPrice(Map<String, BigDecimal> perUnit, String source) {
    public ModelPrice {
        TreeMap<String, BigDecimal> m = new TreeMap<>();
        if (perUnit != null) {
            perUnit.forEach((unit, price) -> {
                Objects.requireNonNull(unit, "unit");
                if (price == null || price.signum() < 0) {
                    throw new IllegalArgumentException("price of " + unit + " must be zero or more, was " + price);
                }
                m.put(unit, price);
            });
        }
        perUnit = Collections.unmodifiableMap(m);
        source = source == null ? "" : source;
    }

    /** A model that costs nothing, saying why ({@code "runs on this machine"}). */
    public static ModelPrice free(String why) {
        return new ModelPrice(Map.of(), why);
    }

    /** A builder of prices read from {@code source}. */
    public static Builder from(String source) {
        return new Builder(source);
    }

    /** Whether every unit of this model is free. */
    public boolean free() {
        return perUnit.values().stream().allMatch(p -> p.signum() == 0);
    }

    /** Yuan for {@code units}: the sum of each priced unit's count times its price. */
    public BigDecimal cost(Units units) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Long> e : units.counts().entrySet()) {
            BigDecimal p = perUnit.get(e.getKey());
            if (p != null) {
                total = total.add(p.multiply(BigDecimal.valueOf(e.getValue()), MathContext.DECIMAL64));
            }
        }
        return total;
    }

    /** These prices with {@code override}'s units laid over them (its source wins when it names units). */
    public ModelPrice with(ModelPrice override) {
        Map<String, BigDecimal> m = new TreeMap<>(perUnit);
        m.putAll(override.perUnit);
        String s = override.perUnit.isEmpty() || override.source.isEmpty() ? source
                : source.isEmpty() ? override.source : override.source + "; otherwise " + source;
        return new ModelPrice(m, s);
    }

    /** Collects unit prices, written as the price list states them (per unit, per thousand or per million). */
    public static final class Builder {
        private final String source;
        private final Map<String, BigDecimal> perUnit = new TreeMap<>();

        private Builder(String source) {
            this.source = source;
        }

        /** Yuan per one unit ({@code "0.20"} per picture, {@code "0.70"} per second). */
        public Builder per(String unit, String yuan) {
            perUnit.put(unit, new BigDecimal(yuan));
            return this;
        }

        /** Yuan per thousand units, as Model Studio lists token prices ({@code 元/千Token}). */
        public Builder perThousand(String unit, String yuan) {
            perUnit.put(unit, new BigDecimal(yuan).movePointLeft(3));
            return this;
        }

        /** Yuan per ten thousand units, as speech is listed ({@code 元/万字符}). */
        public Builder perTenThousand(String unit, String yuan) {
            perUnit.put(unit, new BigDecimal(yuan).movePointLeft(4));
            return this;
        }

        public ModelPrice build() {
            return new ModelPrice(perUnit, source);
        }
    }
}
