package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.intent.Classifier;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.FilmSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of {@link Classifier}, which sees free-text messages only ({@code FilmAgent} reads explicit
 * message types itself): the first message about a product starts the film with the user's words; blank text never
 * starts or replaces a film; every answer is a well-formed intent, for any text, in any session; the commands
 * filmgen documents are understood; concurrent calls answer as sequential ones do. The subclass supplies the
 * classifier; one built for other languages overrides {@link #documentedCommands()} and {@link #productMessages()}.
 */
public abstract class ClassifierKit {

    /** The classifier under test. */
    protected abstract Classifier classifier();

    /** First messages that describe a product, each of which must start a film with exactly these words. */
    protected List<String> productMessages() {
        return List.of("一款磨砂蓝色保温杯，500毫升，竹木杯盖", "Aurora thermos, keeps tea hot all day",
                "【限时】百炼椰汁 1L×2 瓶装 🥥");
    }

    /** Commands filmgen documents, by the intent each must give once a session has its texts. */
    protected Map<String, Class<? extends Intent>> documentedCommands() {
        Map<String, Class<? extends Intent>> m = new LinkedHashMap<>();
        m.put("一键成片", Intent.MakeFilm.class);
        m.put("make the whole film", Intent.MakeFilm.class);
        m.put("下一步", Intent.Next.class);
        m.put("next", Intent.Next.class);
        m.put("再来一次", Intent.Repeat.class);
        m.put("again", Intent.Repeat.class);
        m.put("生成分镜", Intent.RunStage.class);
        m.put("把分镜2的旁白改成：保温一整天", Intent.Edit.class);
        m.put("change board 2 narration to: Hot tea, all day.", Intent.Edit.class);
        return m;
    }

    /** Messages of every kind, including ones that name things the session does not have. */
    protected List<String> anyMessages() {
        List<String> m = new ArrayList<>(documentedCommands().keySet());
        m.addAll(List.of("change board 99 narration to hello", "让角色Nobody穿红色外套", "重新生成第7个视频",
                "把第0个分镜改一下", "regenerate the portrait of Zed", "make Mia's coat green", "Leo's voice: Ethan",
                "换个产品：冷萃咖啡", "new product: cold brew coffee", "hello?", "？？？", "🙂🙂🙂", "1234567890",
                "DROP TABLE sessions; --", "<script>alert(1)</script>", "\t\n", "a".repeat(5000),
                "把第二个分镜的画面改成夜景，再把旁白改短一点", "Storyboard", "film", "voice", "第3个镜头不满意"));
        return m;
    }

    private static UserMessage free(String text) {
        return new UserMessage(text, null, null);
    }

    /** Fails unless {@code intent} is one the runner can act on or answer. */
    protected static void assertWellFormed(Intent intent, String message) {
        assertNotNull(intent, "an intent for " + message);
        String where = " for message " + message;
        if (intent instanceof Intent.NewTopic t) {
            assertTrue(t.text() != null && !t.text().isBlank(), "a new topic has words" + where);
        } else if (intent instanceof Intent.RunStage r) {
            assertNotNull(r.stage(), "a stage to run" + where);
        } else if (intent instanceof Intent.Regenerate r) {
            assertNotNull(r.stage(), "a stage to regenerate" + where);
            assertTrue(r.index() >= -1, "an item index of -1 or more" + where);
        } else if (intent instanceof Intent.Edit e) {
            assertNotNull(e.target(), "an edit target" + where);
            assertTrue(e.field() != null && !e.field().isBlank(), "an edited field" + where);
            assertTrue(e.index() >= -1, "a board index of -1 or more" + where);
            assertTrue(e.index() >= 0 || e.roleName() != null || e.target() == Intent.Target.SCRIPT,
                    "an edit names its board or role" + where + ": " + e);
        } else if (intent instanceof Intent.Chat c) {
            assertTrue(c.reply() != null && !c.reply().isBlank(), "a chat answer says something" + where);
        }
    }

    @Test
    void theFirstMessageAboutAProductStartsTheFilmWithTheUsersWords() {
        for (String text : productMessages()) {
            Intent intent = classifier().classify(new UserMessage(text, null, "https://shop.example/p.png"),
                    KitSessions.empty());

            Intent.NewTopic topic = assertInstanceOf(Intent.NewTopic.class, intent, text);
            assertEquals(text.strip(), topic.text(), "the user's words, whole");
            assertEquals("https://shop.example/p.png", topic.imageUrl(), "the photo sent with them");
        }
    }

    @Test
    void blankTextNeverStartsOrReplacesAFilm() {
        for (FilmSession session : List.of(KitSessions.empty(), KitSessions.texts())) {
            for (String blank : List.of("", "   ", "\n\t")) {
                Intent intent = classifier().classify(free(blank), session);

                Intent.Chat chat = assertInstanceOf(Intent.Chat.class, intent, "blank text is answered, not acted on");
                assertFalse(chat.reply().isBlank());
            }
        }
    }

    @Test
    void everyAnswerIsWellFormedForAnyText() {
        for (FilmSession session : List.of(KitSessions.empty(), KitSessions.texts())) {
            for (String text : anyMessages()) {
                assertWellFormed(classifier().classify(free(text), session), abbreviate(text));
            }
        }
    }

    @Test
    void theDocumentedCommandsAreUnderstood() {
        for (Map.Entry<String, Class<? extends Intent>> c : documentedCommands().entrySet()) {
            Intent intent = classifier().classify(free(c.getKey()), KitSessions.texts());

            assertInstanceOf(c.getValue(), intent, "\"" + c.getKey() + "\" gave " + intent);
        }
    }

    @Test
    void concurrentCallsAnswerAsSequentialOnesDo() throws Exception {
        FilmSession session = KitSessions.texts();
        List<String> texts = anyMessages();
        List<Intent> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(classifier().classify(free(t), session));
        }

        List<List<Intent>> concurrent = Concurrently.run(3, k -> {
            List<Intent> out = new ArrayList<>();
            for (String t : texts) {
                out.add(classifier().classify(free(t), session));
            }
            return out;
        });

        for (List<Intent> run : concurrent) {
            assertEquals(sequential, run);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
