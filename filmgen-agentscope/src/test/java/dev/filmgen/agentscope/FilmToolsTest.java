package dev.filmgen.agentscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmgen.FilmAgent;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.offline.OfflineModels;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.FilmSession;
import dev.filmgen.storage.LocalStorage;
import io.agentscope.core.message.TextBlock;
import io.agentscope.core.message.ToolResultBlock;
import io.agentscope.core.message.ToolUseBlock;
import io.agentscope.core.tool.ToolCallParam;
import io.agentscope.core.tool.Toolkit;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two tools called the way an AgentScope agent calls them (through a {@link Toolkit}, so the framework's schema
 * check and emitter are in the path), on the offline models: a film made and probed, progress streamed, an edit
 * that re-makes one voice and the film, and bad arguments answered with errors that name them.
 */
class FilmToolsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path home;
    private FilmTools tools;
    private final Toolkit toolkit = new Toolkit();
    private final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        FilmConfig config = OfflineModels.config(FilmConfig.defaults());
        config = new FilmConfig(config.stages(), config.intentModel(), config.maxBoards(), 1, config.aspect(), 2, 7L,
                config.filmStyle());
        tools = FilmTools.builder().agents(FilmAgent.builder().models(OfflineModels.create(7))
                .storage(LocalStorage.builder().root(home.resolve("artifacts")).build())
                .sessionStore(FileSessionStore.of(home.resolve("sessions")))
                .composer(FfmpegComposer.create()).probe(new FfmpegProbe())
                .workDir(home.resolve("work")), config)
                .build();
        tools.registerWith(toolkit);
        toolkit.setChunkCallback((use, chunk) -> progress.add(text(chunk)));
    }

    @AfterEach
    void tearDown() {
        tools.close();
    }

    private ToolResultBlock call(String name, Map<String, Object> input) throws Exception {
        ToolUseBlock use = ToolUseBlock.builder().id("call-" + name).name(name).input(input)
                .content(JSON.writeValueAsString(input)).build();
        return toolkit.callTool(ToolCallParam.builder().toolUseBlock(use).input(input).build()).block();
    }

    private static String text(ToolResultBlock b) {
        return b.getOutput().stream().filter(TextBlock.class::isInstance).map(c -> ((TextBlock) c).getText())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void makeAdFilmReturnsAPlayableFilmAndItsSessionAndStreamsProgress() throws Exception {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("topic", "百炼椰汁");
        in.put("boards", 2);
        in.put("aspect", "9:16");
        String out = text(call("make_ad_film", in));
        assertTrue(out.startsWith("Film ready: file:"), out);
        Matcher session = Pattern.compile("Session: (\\S+)").matcher(out);
        assertTrue(session.find(), out);
        assertTrue(session.group(1).endsWith("-b2-9x16"), session.group(1));
        assertTrue(out.contains("2 boards, 9:16"), out);
        assertTrue(progress.contains("Film done in " + progress.stream().filter(p -> p.startsWith("Film done"))
                .findFirst().orElse("?").substring("Film done in ".length())), progress.toString());
        assertTrue(progress.stream().anyMatch(p -> p.startsWith("Script done")), progress.toString());

        Matcher link = Pattern.compile("Film ready: (\\S+)").matcher(out);
        assertTrue(link.find());
        MediaInfo info = new FfmpegProbe().probe(Path.of(URI.create(link.group(1))));
        assertEquals("h264", info.video().orElseThrow().codec());
        assertTrue(info.video().orElseThrow().height() > info.video().orElseThrow().width(), "not portrait: " + info);
        assertTrue(info.audio().isPresent(), "no audio: " + info);

        progress.clear();
        Map<String, Object> edit = Map.of("session_id", session.group(1), "instruction", "把分镜2的旁白改成：清爽一夏");
        String edited = text(call("edit_ad_film", edit));
        assertTrue(edited.contains("Film: file:"), edited);
        Matcher calls = Pattern.compile("model calls: (\\d+) made").matcher(edited);
        assertTrue(calls.find(), edited);
        int made = Integer.parseInt(calls.group(1));
        assertTrue(made >= 1 && made <= 2, "an edit of one narration re-makes its voice and nothing more: " + edited);
        assertTrue(progress.stream().anyMatch(p -> p.startsWith("Audio done")), progress + " " + edited);
        // the agents were built without a classifier: the tool read the instruction itself
        FilmSession saved = FileSessionStore.of(home.resolve("sessions")).load(session.group(1)).orElseThrow();
        assertEquals("清爽一夏", saved.lines().stream().filter(l -> l.board() == 1).findFirst().orElseThrow().text());
    }

    @Test
    void anInstructionThatChangesNothingOrNamesANewProductIsAnErrorNotARerun() throws Exception {
        String out = text(call("make_ad_film", Map.of("topic", "百炼椰汁", "boards", 1)));
        Matcher session = Pattern.compile("Session: (\\S+)").matcher(out);
        assertTrue(session.find(), out);
        progress.clear();
        String vague = text(call("edit_ad_film", Map.of("session_id", session.group(1), "instruction", "嗯")));
        assertTrue(vague.startsWith("Error: '嗯' names no change to the film"), vague);
        String other = text(call("edit_ad_film", Map.of("session_id", session.group(1), "instruction",
                "换个主题：蓝莓酸奶")));
        assertTrue(other.startsWith("Error:") && other.contains("make_ad_film"), other);
        assertTrue(progress.isEmpty(), "nothing ran: " + progress);
    }

    @Test
    void badArgumentsAreErrorsThatSayWhatIsWrongAndMakeNothing() throws Exception {
        String tooMany = text(call("make_ad_film", Map.of("topic", "椰汁", "boards", 40)));
        assertTrue(tooMany.startsWith("Error:") && tooMany.contains("maximum value of 12"), tooMany);
        String shape = text(call("make_ad_film", Map.of("topic", "椰汁", "aspect", "4:3")));
        assertTrue(shape.startsWith("Error:") && shape.contains("16:9"), shape);
        String noTopic = text(call("make_ad_film", Map.of("boards", 2)));
        assertTrue(noTopic.startsWith("Error:") && noTopic.contains("topic"), noTopic);
        String none = text(call("edit_ad_film", Map.of("session_id", "ad-nothing-b4-16x9", "instruction", "x")));
        assertTrue(none.startsWith("Error: no session 'ad-nothing-b4-16x9'"), none);
        assertTrue(progress.isEmpty(), progress.toString());
    }

    @Test
    void theSchemasTellTheModelWhatEachToolTakes() {
        Map<String, Object> make = tools.makeAdFilm().getParameters();
        assertEquals(List.of("topic"), make.get("required"));
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) make.get("properties");
        assertEquals(List.of("topic", "product_image_url", "boards", "aspect", "session_id"), List.copyOf(props.keySet()));
        assertEquals(List.of("session_id", "instruction"), tools.editAdFilm().getParameters().get("required"));
        assertEquals(List.of("make_ad_film", "edit_ad_film"), tools.tools().stream().map(t -> t.getName()).toList());
    }
}
