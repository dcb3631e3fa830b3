package dev.filmgen.examples.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.filmgen.examples.service.WireObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Small helpers around {@link HttpExchange}: JSON answers, bounded bodies, query strings. */
public final class Http {
    private Http() {
    }

    /** Allows browser clients from any origin, as the AgentScope runtime does (CORS {@code *}). */
    public static void cors(HttpExchange ex) {
        ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        ex.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ex.getResponseHeaders().set("Access-Control-Allow-Headers", "Authorization, Content-Type");
    }

    /** Answers with a JSON body and closes the exchange. */
    public static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = WireObjects.JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Answers {@code {"error":{"code","message"}}} with {@code status}. */
    public static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode n = WireObjects.JSON.createObjectNode();
        n.set("error", WireObjects.error(code, message));
        json(ex, status, n);
    }

    /**
     * Reads at most {@code max} bytes; when the body is longer, reads and discards the rest (up to 16 times
     * the limit, so the client can still read the answer) and returns null.
     */
    public static byte[] readLimited(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max + 1);
        if (body.length <= max) {
            return body;
        }
        byte[] sink = new byte[8192];
        long left = 16L * max;
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= n;
        }
        return null;
    }

    /** The decoded query parameters of the request (last value wins). */
    public static Map<String, String> query(HttpExchange ex) {
        Map<String, String> out = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }
}
