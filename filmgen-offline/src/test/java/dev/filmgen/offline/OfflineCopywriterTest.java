package dev.filmgen.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.offline.internal.CameraMove;
import dev.filmgen.offline.internal.Category;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OfflineCopywriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VOICES = "Chelsie,Cherry,Ethan,Serena,Dylan,Jada,Sunny";
    private static final List<String> MOVES = List.of("push in", "pull out", "pan left", "pan right", "tilt up",
            "tilt down", "static", "推近", "拉远", "左摇", "右摇", "上摇", "下摇", "固定");

    private final OfflineCopywriter writer = new OfflineCopywriter(7);

    /** The six stage answers of one run, chained as the handlers chain them. */
    private Map<String, JsonNode> runAll(String topic, String lang, int maxBoards, int maxRoles, long seed) {
        Map<String, String> base = new HashMap<>(Map.of("topic", topic, "language", lang, "seed", "" + seed,
                "max_boards", "" + maxBoards, "max_roles", "" + maxRoles, "voices", VOICES));
        Map<String, JsonNode> out = new HashMap<>();
        JsonNode script = ask("Script", base);
        out.put("Script", script);
        base.put("script_json", script.toString());
        JsonNode boards = ask("Storyboard", base);
        out.put("Storyboard", boards);
        base.put("boards_json", boards.toString());
        JsonNode roles = ask("RoleDescription", base);
        out.put("RoleDescription", roles);
        base.put("roles_json", roles.toString());
        JsonNode frames = ask("FirstFrameDescription", base);
        out.put("FirstFrameDescription", frames);
        base.put("frames_json", frames.toString());
        out.put("VideoDescription", ask("VideoDescription", base));
        out.put("Line", ask("Line", base));
        return out;
    }

    private JsonNode ask(String purpose, Map<String, String> attrs) {
        try {
            return JSON.readTree(writer.chat(request(purpose, attrs)).text());
        } catch (Exception e) {
            throw new AssertionError(purpose + " answer is not JSON", e);
        }
    }

    private static TextRequest request(String purpose, Map<String, String> attrs) {
        return new TextRequest("offline", List.of(ChatMessage.system("write"), ChatMessage.user("go")), null, null,
                null, purpose, attrs);
    }

    @ParameterizedTest
    @CsvSource({"百炼椰汁,zh,drinks", "Bailian coconut water,en,drinks", "保湿修护面霜,zh,beauty",
            "lightweight running sneakers,en,apparel", "降噪蓝牙耳机,zh,electronics", "kids building blocks toy,en,kids",
            "空气炸锅,zh,home", "dark chocolate cookies,en,food", "一件好物,zh,generic", "a nice thing,en,generic"})
    void everyStageAnswersTheContractInTheTopicsLanguage(String topic, String lang, String category) {
        assertEquals(category, Category.detect(topic).key());
        Map<String, JsonNode> a = runAll(topic, lang, 4, 2, 11);
        JsonNode script = a.get("Script");
        for (String f : List.of("title", "story", "product_name", "product_description", "slogan")) {
            assertFalse(script.path(f).asText().isBlank(), "Script." + f);
        }
        assertTrue(script.path("characters").size() >= 1);
        assertTrue(script.path("product_description").asText().length() <= 100);
        String product = script.path("product_name").asText();

        JsonNode boards = a.get("Storyboard").path("boards");
        assertEquals(4, boards.size());
        Set<String> roleNames = new HashSet<>();
        a.get("RoleDescription").path("roles").forEach(r -> {
            roleNames.add(r.path("name").asText());
            for (String f : List.of("look", "clothes", "setting")) {
                assertFalse(r.path(f).asText().isBlank(), "role." + f);
            }
        });
        assertTrue(roleNames.size() <= 2 && !roleNames.isEmpty());
        for (int i = 0; i < boards.size(); i++) {
            JsonNode b = boards.get(i);
            assertEquals(i + 1, b.path("board").asInt());
            b.path("characters").forEach(c -> assertTrue(roleNames.contains(c.asText()), "unknown role " + c));
            assertFalse(b.path("picture").asText().isBlank());
            String narration = b.path("narration").asText();
            if ("zh".equals(lang)) {
                assertTrue(narration.codePointCount(0, narration.length()) <= 30, narration);
            } else {
                assertTrue(narration.split("\\s+").length <= 15, narration);
            }
        }
        assertEquals(0, boards.get(3).path("characters").size(), "the last board is a product close-up");
        String cta = boards.get(3).path("narration").asText();
        assertTrue(cta.contains(script.path("slogan").asText()), "call to action carries the slogan: " + cta);

        JsonNode frames = a.get("FirstFrameDescription").path("frames");
        assertEquals(4, frames.size());
        frames.forEach(f -> assertTrue(f.path("description").asText().contains(product), "frame names the product"));
        assertTrue(frames.get(3).path("description").asText().contains(script.path("slogan").asText()));

        JsonNode cams = a.get("VideoDescription").path("cameras");
        assertEquals(4, cams.size());
        Set<CameraMove> moves = new HashSet<>();
        for (JsonNode c : cams) {
            String d = c.path("description").asText();
            assertTrue(MOVES.stream().anyMatch(d.toLowerCase()::contains), "camera names a move: " + d);
            moves.add(CameraMove.parse(d));
        }
        assertTrue(moves.size() >= 2, "moves vary across boards: " + moves);

        JsonNode lines = a.get("Line").path("lines");
        assertEquals(4, lines.size());
        Map<String, String> voiceOf = new HashMap<>();
        Map<String, String> speakerOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode l = lines.get(i);
            assertEquals(boards.get(i).path("narration").asText(), l.path("text").asText());
            String speaker = l.path("speaker").asText();
            String voice = l.path("voice").asText();
            assertTrue(List.of(VOICES.split(",")).contains(voice));
            assertEquals(voiceOf.getOrDefault(speaker, voice), voice, "same speaker, same voice");
            assertEquals(speakerOf.getOrDefault(voice, speaker), speaker, "distinct speakers, distinct voices");
            voiceOf.put(speaker, voice);
            speakerOf.put(voice, speaker);
        }

        for (JsonNode answer : a.values()) {
            boolean hasCjk = answer.toString().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HAN);
            assertEquals("zh".equals(lang), hasCjk, "answer language: " + answer);
        }
    }

    @ParameterizedTest
    @CsvSource({"1,0", "2,1", "3,2", "6,3"})
    void boardAndRoleLimitsAreRespected(int maxBoards, int maxRoles) {
        Map<String, JsonNode> a = runAll("百炼椰汁", "zh", maxBoards, maxRoles, 3);
        assertEquals(Math.min(maxBoards, 4), a.get("Storyboard").path("boards").size());
        assertTrue(a.get("RoleDescription").path("roles").size() <= maxRoles);
        Set<String> used = new HashSet<>();
        a.get("Storyboard").path("boards").forEach(b -> b.path("characters").forEach(c -> used.add(c.asText())));
        assertTrue(used.size() <= maxRoles);
        assertEquals(a.get("Storyboard").path("boards").size(), a.get("Line").path("lines").size());
    }

    @Test
    void theSameSeedGivesTheSameFilmText() {
        assertEquals(runAll("Bailian coconut water", "en", 4, 2, 5), runAll("Bailian coconut water", "en", 4, 2, 5));
        List<String> variants = new ArrayList<>();
        for (long seed = 0; seed < 6; seed++) {
            variants.add(runAll("Bailian coconut water", "en", 4, 2, seed).toString());
        }
        assertTrue(new HashSet<>(variants).size() > 1, "different seeds vary the copy");
    }

    @Test
    void mixedInputIsAnsweredInTheRequestedLanguage() {
        Map<String, JsonNode> a = runAll("百炼 coconut water", "zh", 4, 2, 1);
        assertEquals("百炼 coconut water", a.get("Script").path("product_name").asText());
        assertTrue(a.get("Storyboard").toString().contains("，"));
        assertTrue(a.get("Script").path("story").asText().contains("海边")
                || a.get("Script").path("story").asText().contains("街头"), "drinks setting");
    }

    @Test
    void editedUpstreamAnswersAreFollowed() {
        Map<String, String> attrs = new HashMap<>(Map.of("topic", "椰汁", "language", "zh", "voices", VOICES,
                "boards_json", "{\"boards\":[{\"board\":1,\"characters\":[\"老王\"],\"picture\":\"老王喝椰汁\","
                        + "\"narration\":\"老王说好喝\"},{\"Index\":2,\"Characters\":\"无\",\"Picture\":\"特写\","
                        + "\"Narration\":\"就喝椰汁\"}]}"));
        JsonNode lines = ask("Line", attrs).path("lines");
        assertEquals(2, lines.size());
        assertEquals("老王", lines.get(0).path("speaker").asText());
        assertEquals("就喝椰汁", lines.get(1).path("text").asText());
        assertNotEquals(lines.get(0).path("voice").asText(), lines.get(1).path("voice").asText());
        JsonNode roles = ask("RoleDescription", attrs).path("roles");
        assertEquals("老王", roles.get(0).path("name").asText());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 2, 3})
    void oddTopicsStillGetACompleteAnswer(int which) {
        String topic = switch (which) {
            case 0 -> "\uD83C\uDF79百炼\u0007椰汁\uD83E\uDD65";
            case 1 -> "   ";
            case 2 -> "a refreshing sparkling coconut water drink for hot summer days at the beach";
            default -> "百炼椰汁".repeat(1000);
        };
        String lang = which == 1 || which == 2 ? "en" : "zh";
        Map<String, JsonNode> a = runAll(topic, lang, 4, 2, 2);
        String product = a.get("Script").path("product_name").asText();
        assertFalse(product.isBlank());
        assertTrue(product.codePointCount(0, product.length()) <= 40, product);
        assertFalse(product.chars().anyMatch(Character::isISOControl), product);
        assertEquals(4, a.get("Line").path("lines").size());
        a.get("Storyboard").path("boards").forEach(b -> assertFalse(b.path("narration").asText().isBlank()));
    }

    @Test
    void theLanguageFollowsTheTopicWhenNoAttributeNamesIt() {
        JsonNode zh = ask("Script", Map.of("topic", "百炼椰汁 coconut"));
        JsonNode en = ask("Script", Map.of("topic", "Bailian coconut water"));
        assertTrue(zh.path("story").asText().codePoints().anyMatch(cp -> cp > 0x4E00));
        assertFalse(en.path("story").asText().codePoints().anyMatch(cp -> cp > 0x4E00));
    }

    @Test
    void aRepairRequestGetsAValidAnswer() {
        JsonNode a = ask("Storyboard", Map.of("topic", "coconut water", "language", "en", "max_boards", "3",
                "repair", "true"));
        assertEquals(3, a.path("boards").size());
    }

    @Test
    void anUnknownPurposeIsANonRetriableErrorNamingIt() {
        NonRetriableException e = assertThrows(NonRetriableException.class,
                () -> writer.chat(request("intent", Map.of("topic", "x"))));
        assertTrue(e.getMessage().contains("'intent'"), e.getMessage());
        assertFalse(e.isRetriable());
    }

    @Test
    void theAnswerIsStreamedInSeveralDeltasThatAddUp() {
        List<String> deltas = new ArrayList<>();
        TextResponse r = writer.chat(request("Script", Map.of("topic", "百炼椰汁", "language", "zh")), deltas::add);
        assertTrue(deltas.size() > 1);
        assertEquals(r.text(), String.join("", deltas));
    }
}
