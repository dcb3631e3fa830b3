package dev.filmgen.stages.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the 1-based {@code board} numbers ({@code board} or {@code index}) of per-board answer items. */
public final class Numbered {
    private Numbered() {
    }

    /** The 1-based board number of an item, or null when it has none. */
    public static Integer number(JsonNode item) {
        return Fields.number(item, "board", "index", "board_number", "board_no", "no", "number");
    }

    /**
     * The items sorted by board number when every item has a distinct one; otherwise in list order.
     * Nothing is dropped.
     */
    public static List<JsonNode> order(JsonNode list) {
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        Set<Integer> seen = new HashSet<>();
        for (JsonNode item : items) {
            Integer n = number(item);
            if (n == null || !seen.add(n)) {
                return items;
            }
        }
        items.sort((a, b) -> Integer.compare(number(a), number(b)));
        return items;
    }

    /**
     * Matches items to boards {@code 0..boards-1}: by 1-based number when the items carry distinct
     * numbers, else by position. Items for boards that do not exist are returned in {@code extra}.
     */
    public static JsonNode[] byBoard(JsonNode list, int boards, List<JsonNode> extra) {
        JsonNode[] out = new JsonNode[boards];
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        Set<Integer> seen = new HashSet<>();
        boolean numbered = !items.isEmpty();
        for (JsonNode item : items) {
            Integer n = item.isObject() ? number(item) : null;
            if (n == null || !seen.add(n)) {
                numbered = false;
                break;
            }
        }
        int base = numbered && seen.contains(0) ? 0 : 1;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            int at = numbered ? number(item) - base : i;
            if (at >= 0 && at < boards) {
                out[at] = item;
            } else {
                extra.add(item);
            }
        }
        return out;
    }
}
