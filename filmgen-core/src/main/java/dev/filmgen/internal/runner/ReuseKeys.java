package dev.filmgen.internal.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.calls.CallKind;
import dev.filmgen.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reuse keys: SHA-256 of the call kind and the canonical JSON of the request (sorted keys). A stored
 * asset inside a request counts by its storage key and size, not its link, so refreshed signed links
 * do not defeat reuse while a regenerated asset (new storage key) does invalidate what was made from it.
 */
public final class ReuseKeys {
    private ReuseKeys() {
    }

    public static String of(CallKind kind, Object request) {
        JsonNode tree = Json.canonical().valueToTree(request);
        strip(tree);
        try {
            String text = kind.name() + ":" + Json.canonical().writeValueAsString(tree);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a " + kind + " request", e);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) node;
            JsonNode key = o.get("storageKey");
            if (key != null && key.isTextual() && o.has("uri")) {
                o.remove("uri");
            }
        }
        node.forEach(ReuseKeys::strip);
    }
}
