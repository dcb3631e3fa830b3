package dev.filmgen.examples.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;

/**
 * Walks the twelve stages one request each, like the reference demo's client: every request carries the
 * same product text and names its stage in the message {@code type}; a stage succeeds when the stream ends
 * with a completed response. Usage: {@code StageWalkClient [--url U] [--session ID] [--image URL] "theme"};
 * {@code FILMGEN_API_TOKEN} is sent as bearer token when set.
 */
public final class StageWalkClient {
    /** The stages in the demo's order. */
    public static final List<String> STAGES = List.of("Topic", "Script", "Storyboard", "RoleDescription", "RoleImage",
            "FirstFrameDescription", "FirstFrameImage", "VideoDescription", "Video", "Line", "Audio", "Film");

    private StageWalkClient() {
    }

    public static void main(String[] args) {
        ClientArgs a = ClientArgs.parse(args, "StageWalkClient");
        AgentScopeClient client = new AgentScopeClient(URI.create(a.url()), System.getenv("FILMGEN_API_TOKEN"));
        System.exit(walk(client, a.session(), a.text(), a.image()) ? 0 : 1);
    }

    /** Runs every stage in order; prints what each produced; returns whether all completed. */
    public static boolean walk(AgentScopeClient client, String session, String text, String image) {
        for (String stage : STAGES) {
            System.out.println("== " + stage);
            JsonNode last = client.send(session, stage, text, stage.equals("Topic") ? image : null, e -> {
                String line = AgentScopeClient.describe(e);
                if (line != null) {
                    System.out.println("   " + line);
                }
            });
            if (!last.path("status").asText().equals("completed")) {
                System.out.println("   FAILED: " + last.path("error"));
                return false;
            }
        }
        System.out.println("all " + STAGES.size() + " stages completed");
        return true;
    }
}
