package dev.filmgen.examples.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks for a whole film in one turn: a {@code Topic} request with the theme (and photo), then one
 * "make the whole film now" message; prints each stage and item as it finishes and the film's URL.
 * Usage: {@code FilmClient [--url U] [--session ID] [--image URL] "theme"}.
 */
public final class FilmClient {
    private FilmClient() {
    }

    public static void main(String[] args) {
        ClientArgs a = ClientArgs.parse(args, "FilmClient");
        AgentScopeClient client = new AgentScopeClient(URI.create(a.url()), System.getenv("FILMGEN_API_TOKEN"));
        String film = makeFilm(client, a.session(), a.text(), a.image());
        if (film == null) {
            System.exit(1);
        }
        System.out.println("film: " + film);
    }

    /** Runs the two requests; returns the film's URL, or null (after printing why) when a turn failed. */
    public static String makeFilm(AgentScopeClient client, String session, String text, String image) {
        JsonNode topic = client.send(session, "Topic", text, image, e -> { });
        if (!topic.path("status").asText().equals("completed")) {
            System.out.println("topic refused: " + topic.path("error"));
            return null;
        }
        AtomicReference<String> film = new AtomicReference<>();
        long start = System.nanoTime();
        JsonNode last = client.send(session, "message", "make the whole film now", null, e -> {
            String line = AgentScopeClient.describe(e);
            if (line != null) {
                System.out.printf("[%5.1fs] %s%n", (System.nanoTime() - start) / 1e9, line);
            }
            for (JsonNode c : e.path("content")) {
                if (c.path("data").has("video_url")) {
                    film.set(c.path("data").path("video_url").asText());
                }
            }
        });
        if (!last.path("status").asText().equals("completed")) {
            System.out.println("FAILED: " + last.path("error"));
            return null;
        }
        return film.get();
    }
}
