package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.PhotoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FilmAgentBuilderTest {

    @Test
    void buildNamesTheMissingField() {
        FakeModels m = new FakeModels();
        IllegalStateException storage = assertThrows(IllegalStateException.class,
                () -> Agents.builder(m).storage(null).build());
        assertTrue(storage.getMessage().startsWith("storage is required"), storage.getMessage());
        IllegalStateException composer = assertThrows(IllegalStateException.class,
                () -> Agents.builder(m).composer(null).build());
        assertTrue(composer.getMessage().startsWith("composer is required"), composer.getMessage());
        IllegalStateException video = assertThrows(IllegalStateException.class,
                () -> Agents.builder(m).videoModel(null).build());
        assertTrue(video.getMessage().startsWith("videoModel is required"), video.getMessage());
    }

    @Test
    void replacedAndWrappedHandlersRunInsteadOfTheBaseOnes() {
        FakeModels m = new FakeModels();
        List<String> trace = new ArrayList<>();
        Handler base = dev.filmgen.testing.FakeHandlers.all().get(Stage.SCRIPT);
        try (FilmAgent agent = Agents.builder(m)
                .handler(Stage.SCRIPT, ctx -> {
                    trace.add("replaced");
                    base.handle(ctx);
                })
                .wrapHandler(Stage.SCRIPT, h -> ctx -> {
                    trace.add("before");
                    h.handle(ctx);
                    trace.add("after");
                })
                .build()) {
            agent.chat("h", UserMessage.of("kettle"), null);
            agent.chat("h", new UserMessage("", "Script", null), null);
        }
        assertEquals(List.of("before", "replaced", "after"), trace);
    }

    @Test
    void aPerStageTextModelOverridesTheDefault() {
        FakeModels m = new FakeModels();
        AtomicInteger special = new AtomicInteger();
        try (FilmAgent agent = Agents.builder(m).textModel(Stage.STORYBOARD, (req, deltas) -> {
            special.incrementAndGet();
            return new TextResponse("boards", Usage.NONE);
        }).build()) {
            TurnResult r = agent.generate("o", Topic.of("kettle"), null);
            assertTrue(r.ok(), r.reply());
        }
        assertEquals(1, special.get());
        assertEquals(5, m.count(CallKind.TEXT));
    }

    @Test
    void explicitMessageTypesFollowTheDemo() throws Exception {
        FakeModels m = new FakeModels();
        try (PhotoServer photos = new PhotoServer(); FilmAgent agent = Agents.builder(m)
                .remoteMediaPolicy(RemoteMediaPolicy.builder().allowPrivateHosts(true).build()).build()) {
            TurnResult topic = agent.chat("t", new UserMessage("kettle", "Topic", photos.base() + "/photo.png"), null);
            assertTrue(topic.intent() instanceof Intent.NewTopic);
            assertEquals("image/png", topic.session().topic().productImage().mediaType());
            assertTrue(agent.chat("t", new UserMessage("", "NextStage", null), null).session().script() != null);
            TurnResult repeat = agent.chat("t", new UserMessage("", "RepeatStage", null), null);
            assertTrue(repeat.intent() instanceof Intent.Repeat);
            assertEquals(1, repeat.calls().reused(CallKind.TEXT));
            InvalidInputException bad = assertThrows(InvalidInputException.class,
                    () -> agent.chat("t", new UserMessage("", "Dance", null), null));
            assertTrue(bad.getMessage().contains("unknown message type 'Dance'"), bad.getMessage());
            InvalidInputException photo = assertThrows(InvalidInputException.class,
                    () -> agent.chat("t", new UserMessage("x", "Topic", "ftp://host/k.png"), null));
            assertTrue(photo.getMessage().contains("product photo"), photo.getMessage());
        }
    }

    @Test
    void aClassifierDecidesFreeText() {
        FakeModels m = new FakeModels();
        try (FilmAgent agent = Agents.builder(m).classifier((msg, s) -> s.topic() == null
                ? new Intent.NewTopic(msg.text(), null) : new Intent.Chat("I can make ad films.")).build()) {
            agent.chat("c", UserMessage.of("kettle"), null);
            TurnResult r = agent.chat("c", UserMessage.of("what can you do?"), null);
            assertEquals("I can make ad films.", r.reply());
            assertEquals(0, m.calls().size());
        }
    }
}
