package dev.filmgen.protocol.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.protocol.WireObjects;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds up the {@link FilmEvent.Charged} events of one turn into the {@code usage} object of the final response:
 * {@code input_tokens}, {@code output_tokens} and {@code total_tokens} (the OpenAI-style names the runtime's own
 * usage objects use), then {@code calls}, {@code estimated_calls}, every billed unit in {@code units},
 * {@code cost_cny} and, when some model had no price, {@code unpriced_models}. Not thread-safe.
 */
public final class UsageTally {
    private final Map<String, Long> units = new TreeMap<>();
    private final TreeSet<String> unpriced = new TreeSet<>();
    private BigDecimal yuan = BigDecimal.ZERO;
    private int calls;
    private int estimated;

    /** Counts one paid call. */
    public void add(FilmEvent.Charged charge) {
        calls++;
        if (charge.estimated()) {
            estimated++;
        }
        charge.units().forEach((unit, count) -> units.merge(unit, count, Long::sum));
        if (charge.yuan() == null) {
            unpriced.add(charge.model());
        } else {
            yuan = yuan.add(charge.yuan());
        }
    }

    /** The usage object, or null when the turn paid for no call (the runtime's {@code usage: null}). */
    public ObjectNode toJson() {
        if (calls == 0) {
            return null;
        }
        ObjectNode n = WireObjects.JSON.createObjectNode();
        long in = units.getOrDefault("input_tokens", 0L);
        long out = units.getOrDefault("output_tokens", 0L);
        n.put("input_tokens", in);
        n.put("output_tokens", out);
        n.put("total_tokens", in + out);
        n.put("calls", calls);
        n.put("estimated_calls", estimated);
        ObjectNode u = n.putObject("units");
        units.forEach(u::put);
        n.put("cost_cny", yuan.stripTrailingZeros().scale() < 0 ? yuan.setScale(0) : yuan.stripTrailingZeros());
        if (!unpriced.isEmpty()) {
            unpriced.forEach(n.putArray("unpriced_models")::add);
        }
        return n;
    }
}
