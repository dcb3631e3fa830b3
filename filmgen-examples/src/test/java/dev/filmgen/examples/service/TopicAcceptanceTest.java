package dev.filmgen.examples.service;

import static dev.filmgen.examples.service.ServiceHarness.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.FilmAgent;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.examples.cli.CliTopics;
import dev.filmgen.intent.RuleClassifier;
import dev.filmgen.protocol.AgentTurns;
import dev.filmgen.protocol.WireObjects;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.SellerTitles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service takes a theme by the library's one rule, as the command line does: every seller title is accepted
 * and kept as written, and every theme the rule refuses ends the turn with {@code invalid_input} and the rule's
 * own words — over real HTTP, with the real agent behind it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicAcceptanceTest {
    static final List<SellerTitles.Title> TITLES = SellerTitles.ALL;
    @TempDir
    static Path home;
    private FilmAgent agent;
    private FilmService service;
    private FileSessionStore sessions;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        sessions = FileSessionStore.of(home.resolve("sessions"));
        FakeModels models = new FakeModels();
        agent = FilmAgent.builder().models(models.set()).composer(models.composer())
                .storage(LocalStorage.builder().root(home.resolve("artifacts")).build()).sessionStore(sessions)
                .classifier(new RuleClassifier()).handlers(BuiltinHandlers.all()).modelLimits(ModelLimits.create())
                .config(FilmConfig.defaults()).workDir(home.resolve("work")).build();
        service = FilmService.builder().host("127.0.0.1").port(0).executor(AgentTurns.of(agent)).build().start();
    }

    @AfterAll
    void stop() {
        service.close();
        agent.close();
    }

    private JsonNode lastEvent(String sessionId, String topic) throws Exception {
        ObjectNode body = WireObjects.JSON.createObjectNode().put("session_id", sessionId);
        ObjectNode message = body.putArray("input").addObject().put("type", "Topic").put("role", "user");
        message.putArray("content").addObject().put("type", "text").put("text", topic);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                + "/process")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                WireObjects.JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> events = events(r.body());
        return events.get(events.size() - 1);
    }

    @ParameterizedTest
    @FieldSource("TITLES")
    void everySellerTitleIsAcceptedAndKeptAsWritten(SellerTitles.Title t) throws Exception {
        String sid = "title-" + TITLES.indexOf(t);
        JsonNode end = lastEvent(sid, t.title());
        assertEquals("completed", end.path("status").asText(), end.toString());
        assertEquals(t.title(), sessions.load(sid).orElseThrow().topic().text());
        assertEquals(t.title(), CliTopics.accept(t.title()), "the command line accepts it too");
    }

    static Stream<String> refused() {
        return Stream.of("🔥🔥 ✨ 【】", "椰".repeat(Topic.MAX_LENGTH + 1), "coconut\u001b[31mwater", "椰汁\uFFFF");
    }

    @ParameterizedTest
    @MethodSource("refused")
    void whatTheRuleRefusesEndsTheTurnAsInvalidInputInTheRulesWords(String topic) throws Exception {
        String words = assertThrows(InvalidInputException.class, () -> Topic.validText(topic)).getMessage();
        JsonNode end = lastEvent("refused-" + Math.abs(topic.hashCode()), topic);
        assertEquals("failed", end.path("status").asText(), end.toString());
        assertEquals("invalid_input", end.path("error").path("code").asText(), end.toString());
        assertTrue(end.path("error").path("message").asText().contains(words), end.toString());
        assertEquals(words, assertThrows(Exception.class, () -> CliTopics.accept(topic)).getMessage(),
                "the command line refuses it with the same words");
    }
}
