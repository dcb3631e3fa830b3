package dev.filmgen.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.filmgen.error.NonRetriableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON for JSONB columns, configured like the file store's (ISO dates, unknown properties ignored), so a
 * session reads the same from a file and from a row. PostgreSQL's JSONB cannot hold U+0000, so written
 * text has it replaced by U+FFFD; nothing else changes.
 */
public final class StoreJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StoreJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code value} as a JSON tree fit for JSONB. */
    public static JsonNode tree(Object value) {
        return clean(MAPPER.valueToTree(value));
    }

    /** {@code value} as JSON text fit for JSONB. */
    public static String text(Object value) {
        return write(tree(value));
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new NonRetriableException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type, String what) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new NonRetriableException(what + " is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode readTree(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new NonRetriableException(what + " is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T convert(JsonNode node, Class<T> type, String what) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new NonRetriableException(what + " does not match its type: " + e.getOriginalMessage(), e);
        }
    }

    /** SHA-1 of {@code text} in hex: 40 characters, to notice changed rows without comparing documents. */
    public static String sha1(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private static JsonNode clean(JsonNode node) {
        if (node instanceof TextNode && node.textValue().indexOf('\u0000') >= 0) {
            return TextNode.valueOf(node.textValue().replace('\u0000', '\uFFFD'));
        }
        if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, clean(a.get(i)));
            }
        } else if (node instanceof ObjectNode o) {
            List<String> renamed = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(clean(e.getValue()));
                if (e.getKey().indexOf('\u0000') >= 0) {
                    renamed.add(e.getKey());
                }
            }
            for (String k : renamed) {
                o.set(k.replace('\u0000', '\uFFFD'), o.remove(k));
            }
        }
        return node;
    }
}
