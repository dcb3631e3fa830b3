package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.Intent.Target;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.internal.runner.Plan;
import dev.filmgen.internal.runner.StageNames;
import dev.filmgen.internal.runner.TurnPlanner;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replies speak the film's language: one table of turns, each checked for its Chinese and English key phrases. */
class ReplyLanguageTest {

    /** One turn: the intent, then phrases its Chinese reply and its English reply must contain. */
    private record Row(String name, Intent intent, List<String> zh, List<String> en) { }

    private static Row row(String name, Intent intent, String zh, String en) {
        return new Row(name, intent, List.of(zh.split("\\|")), List.of(en.split("\\|")));
    }

    /** Run in order on one finished film; each turn leaves the film finished or one step short of it. */
    private static final List<Row> TURNS = List.of(
            row("run stage", new Intent.RunStage(Stage.LINE), "开始做台词|配音、成片|已完成：台词|模型调用：",
                    "Running Line|cleared [Audio, Film]|Done: Line|Model calls made:"),
            row("next", new Intent.Next(), "开始做配音|已完成：配音", "Running Audio|Done: Audio"),
            row("make film", new Intent.MakeFilm(), "一路做到成片：成片|已完成：成片",
                    "Making [Film] through the film|Done: Film"),
            row("film finished", new Intent.MakeFilm(), "成片已经做好了", "the film is already finished"),
            row("repeat", new Intent.Repeat(), "开始做成片", "Running Film"),
            row("regenerate", new Intent.Regenerate(Stage.VIDEO, 1), "重新生成视频片段第2项|接着用它重做成片",
                    "Making Video item 2 anew|re-making [Film]"),
            row("board narration", new Intent.Edit(Target.BOARD, 0, null, "narration", "新旁白", null),
                    "第1镜的旁白改好了|重做：配音、成片", "Board 1's narration changed|re-making: [Audio, Film]"),
            row("board picture", new Intent.Edit(Target.BOARD, 1, null, "picture", null, "更明亮"),
                    "第2镜的画面改好了|首帧画面", "Board 2's picture changed|FirstFrameImage"),
            row("frame style", new Intent.Edit(Target.FRAME, 3, null, "style", null, "brighter"),
                    "第4镜的首帧描述改好了|重做：首帧画面、视频片段、成片", "Board 4's first frame description changed"),
            row("camera", new Intent.Edit(Target.CAMERA, 2, null, "text", "slow push in", null),
                    "第3镜的运镜改好了|重做：视频片段、成片", "Board 3's camera movement changed"),
            row("role clothes", new Intent.Edit(Target.ROLE, -1, "Ann", "clothes", "a blue apron", null),
                    "Ann的服装改好了|角色形象", "Ann's clothes changed|the portrait"),
            row("line voice", new Intent.Edit(Target.LINE, 0, null, "voice", "Dylan", null),
                    "第1句台词换成音色 Dylan|重做：配音、成片", "Line 1 gets voice Dylan|re-making: [Audio, Film]"),
            row("line speaker", new Intent.Edit(Target.LINE, 1, null, "speaker", "Ann", null),
                    "第2句台词改由Ann来说", "Line 2 is now spoken by Ann"),
            row("speaker-wide voice", new Intent.Edit(Target.LINE, -1, "旁白", "voice", "Cherry", null),
                    "旁白的全部台词（3句）换成音色 Cherry|这些配音和成片要重做",
                    "Every line of 旁白 (3) gets voice Cherry|their voices and the film"),
            row("every line", new Intent.Edit(Target.LINE, -1, null, "voice", "Ethan", null),
                    "全部台词（4句）换成音色 Ethan", "Every line (4) gets voice Ethan"),
            row("script slogan", new Intent.Edit(Target.SCRIPT, -1, null, "slogan", "喝一口，清爽一夏", null),
                    "广告语改好了|重做：成片", "The slogan changed|re-making: [Film]"),
            row("script story", new Intent.Edit(Target.SCRIPT, -1, null, "story", null, "更温馨"),
                    "故事改好了|脚本之后的内容都要重做", "The story changed|everything after the script"));

    @Test
    void everyKindOfTurnAnswersInTheTopicsLanguage() {
        List<String> zh = replies("百炼椰汁");
        List<String> en = replies("coconut water");
        List<Runnable> checks = new ArrayList<>();
        for (int i = 0; i < TURNS.size(); i++) {
            Row row = TURNS.get(i);
            String z = zh.get(i);
            String e = en.get(i);
            row.zh().forEach(p -> checks.add(() -> assertTrue(z.contains(p), row.name() + " (zh): " + z)));
            row.en().forEach(p -> checks.add(() -> assertTrue(e.contains(p), row.name() + " (en): " + e)));
            checks.add(() -> assertNoEnglishStageNames(row.name(), z));
        }
        assertAll(checks.stream().map(c -> c::run));
    }

    private static List<String> replies(String topic) {
        List<String> out = new ArrayList<>();
        try (FilmAgent agent = Agents.builder(new FakeModels()).build()) {
            assertTrue(agent.generate("t", Topic.of(topic), null).ok());
            for (Row row : TURNS) {
                TurnResult r = agent.run("t", row.intent(), null);
                assertTrue(r.ok(), row.name() + ": " + r.reply());
                out.add(r.reply());
            }
        }
        return out;
    }

    @Test
    void aChineseTopicGetsChineseRepliesEndToEnd() {
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(new FakeModels()).build()) {
            TurnResult topic = agent.chat("z", UserMessage.of("百炼椰汁"), events::add);
            assertTrue(topic.reply().contains("新选题“百炼椰汁”") && topic.reply().contains("已完成：选题"),
                    topic.reply());
            assertNoEnglishStageNames("topic", topic.reply());

            TurnResult film = agent.generate("z", Topic.of("百炼椰汁"), events::add);
            assertTrue(film.ok(), film.reply());
            assertTrue(film.reply().contains("一路做到成片") && film.reply().contains("已完成：")
                    && film.reply().contains("模型调用：新调用"), film.reply());
        }
        List<String> replies = events.stream().filter(e -> e instanceof FilmEvent.Reply)
                .map(e -> ((FilmEvent.Reply) e).text()).toList();
        assertEquals(3, replies.size(), replies.toString());
        for (String r : replies) {
            assertFalse(r.contains("Done:") || r.contains("Model calls") || r.contains("topic"), r);
            assertNoEnglishStageNames("event", r);
        }
    }

    @Test
    void failuresAndWaitingStagesAreReportedInTheFilmsLanguage() {
        assertFailure("百炼椰汁", "失败：首帧画面第3镜：picture refused by moderation", "未完成：首帧画面、视频片段、成片",
                "再说一次即可重试");
        assertFailure("coconut water", "Failed: FirstFrameImage board 3 failed: picture refused",
                "Not finished: [FirstFrameImage, Video, Film]", "ask again to retry");
    }

    private static void assertFailure(String topic, String... phrases) {
        FakeModels models = new FakeModels().hook("frame:2", (p, j) -> {
            throw new ProviderRejectedException("picture refused by moderation", "DataInspectionFailed", "r-1", null);
        });
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult r = agent.generate("f", Topic.of(topic), null);
            assertEquals(1, r.failures().size());
            for (String p : phrases) {
                assertTrue(r.reply().contains(p), r.reply());
            }
        }
    }

    @Test
    void refusalsThatEndATurnNormallyAreInTheFilmsLanguage() {
        try (FilmAgent agent = Agents.builder(new FakeModels()).build()) {
            agent.chat("m", UserMessage.of("百炼椰汁"), null);
            TurnResult r = agent.run("m", new Intent.RunStage(Stage.VIDEO), null);
            assertEquals(1, r.failures().size());
            assertTrue(r.reply().contains("做视频片段需要先完成首帧画面"), r.reply());
            TurnResult topic = agent.run("m", new Intent.RunStage(Stage.TOPIC), null);
            assertTrue(topic.reply().contains("发新的产品主题"), topic.reply());
            TurnResult repeat = agent.run("m", new Intent.Repeat(), null);
            assertTrue(repeat.reply().contains("还没有可以重做的内容"), repeat.reply());
        }
    }

    @Test
    void withoutATopicTheUsersMessagePicksTheLanguage() {
        FilmSession empty = FilmSession.create("n", Instant.EPOCH);
        Intent film = new Intent.MakeFilm();
        assertTrue(StageNames.chinese(film, empty, "一键成片"));
        assertFalse(StageNames.chinese(film, empty, "make the film"));
        assertFalse(StageNames.chinese(new Intent.NewTopic("iced tea", null), empty, "百炼椰汁"),
                "a new topic speaks its own language");
        Plan zh = TurnPlanner.plan(film, empty, true);
        assertTrue(zh.refusal().message().contains("还没有选题"), zh.explanation());
        Plan en = TurnPlanner.plan(new Intent.Next(), empty, false);
        assertTrue(en.refusal().message().contains("there is no topic yet"), en.explanation());
    }

    @Test
    void everyStageHasOneChineseName() {
        for (Stage s : Stage.values()) {
            String name = StageNames.of(s, true);
            assertTrue(name != null && name.codePoints().allMatch(Character::isIdeographic), s + " -> " + name);
            assertEquals(s.toString(), StageNames.of(s, false));
        }
        assertEquals("选题", StageNames.of(Stage.TOPIC, true));
        assertEquals("配音、成片", StageNames.of(List.of(Stage.AUDIO, Stage.FILM), true));
    }

    private static void assertNoEnglishStageNames(String what, String reply) {
        for (Stage s : Stage.values()) {
            assertFalse(reply.contains(s.toString()), what + " names " + s + ": " + reply);
        }
    }
}
