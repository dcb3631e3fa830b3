package dev.filmgen.store.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.event.FilmEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link FilmEvent}s as JSON and back: the record's fields plus {@code "event"}, the record's simple name, which
 * picks the class on the way back from the sealed family's permitted subclasses (so a new event kind needs no
 * change here). Events of a newer kind than this code knows read as null and are skipped.
 */
public final class EventCodec {
    private static final Map<String, Class<?>> KINDS = new HashMap<>();

    static {
        for (Class<?> c : FilmEvent.class.getPermittedSubclasses()) {
            KINDS.put(c.getSimpleName(), c);
        }
    }

    private EventCodec() {
    }

    public static String write(FilmEvent e) {
        ObjectNode node = (ObjectNode) StoreJson.tree(e);
        node.put("event", e.getClass().getSimpleName());
        return StoreJson.write(node);
    }

    /** The event in {@code json}, or null when its kind is unknown here. */
    public static FilmEvent read(String json) {
        JsonNode node = StoreJson.readTree(json, "a job event");
        Class<?> type = KINDS.get(node.path("event").asText());
        if (type == null) {
            return null;
        }
        ((ObjectNode) node).remove("event");
        ((ObjectNode) node).remove("type");
        return (FilmEvent) StoreJson.convert(node, type, "a job event");
    }
}
