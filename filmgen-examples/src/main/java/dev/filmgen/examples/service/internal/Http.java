package dev.filmgen.examples.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.filmgen.protocol.WireObjects;
import java.io.IOException;
import java.io.OutputStream;

/** Small helpers around {@link HttpExchange}: CORS and JSON answers. */
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
        json(ex, status, WireObjects.errorBody(code, message));
    }
}
