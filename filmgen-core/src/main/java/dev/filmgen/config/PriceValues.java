package dev.filmgen.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.cost.ModelPrice;
import dev.filmgen.cost.PriceList;
import dev.filmgen.error.InvalidInputException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads config {@code prices}: {@code {"<model>": {"<unit>": yuan, …}, …}}, yuan per one unit, or per thousand /
 * ten thousand / million units when the unit name ends in {@code /1k}, {@code /10k} or {@code /1m}
 * ({@code "input_tokens/1k": 0.0024}, as Model Studio lists token prices). An empty object makes a model free.
 */
final class PriceValues {
    private PriceValues() {
    }

    static PriceList prices(String key, JsonNode v) {
        if (!v.isObject()) {
            throw new InvalidInputException("config key " + key + ": must be an object of models, got " + v.getNodeType());
        }
        PriceList.Builder list = PriceList.builder();
        for (Map.Entry<String, JsonNode> model : v.properties()) {
            String modelKey = key + "." + model.getKey();
            if (!model.getValue().isObject()) {
                throw new InvalidInputException("config key " + modelKey + ": must be an object of unit prices, got "
                        + model.getValue().getNodeType());
            }
            Map<String, BigDecimal> units = new TreeMap<>();
            for (Map.Entry<String, JsonNode> unit : model.getValue().properties()) {
                String unitKey = modelKey + "." + unit.getKey();
                if (!unit.getValue().isNumber() || unit.getValue().decimalValue().signum() < 0) {
                    throw new InvalidInputException("config key " + unitKey + ": must be a price in yuan (0 or more), got "
                            + unit.getValue());
                }
                String name = unit.getKey().trim();
                BigDecimal price = unit.getValue().decimalValue();
                int slash = name.lastIndexOf('/');
                if (slash > 0) {
                    price = price.movePointLeft(scale(unitKey, name.substring(slash + 1)));
                    name = name.substring(0, slash);
                }
                units.put(name, price);
            }
            list.price(model.getKey(), new ModelPrice(units, "config " + modelKey));
        }
        return list.build();
    }

    private static int scale(String key, String per) {
        switch (per.toLowerCase(Locale.ROOT)) {
            case "1k": return 3;
            case "10k": return 4;
            case "1m": return 6;
            default:
                throw new InvalidInputException("config key " + key + ": a unit may end in /1k, /10k or /1m, not /" + per);
        }
    }
}
