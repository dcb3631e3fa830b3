package dev.filmgen.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.intent.Intent.Edit;
import dev.filmgen.intent.Intent.Target;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleClassifierTest {
    private final RuleClassifier classifier = new RuleClassifier();

    static FilmSession session() {
        List<Board> boards = List.of(
                new Board(0, List.of("Mother"), "kitchen", "a"), new Board(1, List.of("Son"), "park", "b"),
                new Board(2, List.of(), "bottle", "c"), new Board(3, List.of("Mother", "Son"), "table", "d"));
        return FilmSession.create("s1", Instant.EPOCH).toBuilder()
                .topic(Topic.of("百炼椰汁"))
                .boards(boards)
                .roles(List.of(new Role("Mother", "40s", "blue dress", "home"), new Role("Son", "8", "t-shirt", "park"),
                        new Role("小美", "20岁", "白裙", "海边")))
                .complete(Stage.TOPIC).complete(Stage.SCRIPT).complete(Stage.STORYBOARD)
                .build();
    }

    static Edit edit(Target t, int i, String role, String field, String value, String words) {
        return new Edit(t, i, role, field, value, words);
    }

    static Stream<Arguments> textRows() {
        return Stream.of(
                // stages by paraphrase, Chinese
                Arguments.of("写个脚本", new Intent.RunStage(Stage.SCRIPT)),
                Arguments.of("帮我写一下广告剧本", new Intent.RunStage(Stage.SCRIPT)),
                Arguments.of("设计分镜", new Intent.RunStage(Stage.STORYBOARD)),
                Arguments.of("创建角色", new Intent.RunStage(Stage.ROLE_DESCRIPTION)),
                Arguments.of("画一下角色形象", new Intent.RunStage(Stage.ROLE_IMAGE)),
                Arguments.of("写首帧描述", new Intent.RunStage(Stage.FIRST_FRAME_DESCRIPTION)),
                Arguments.of("生成首帧", new Intent.RunStage(Stage.FIRST_FRAME_IMAGE)),
                Arguments.of("设计一下运镜", new Intent.RunStage(Stage.VIDEO_DESCRIPTION)),
                Arguments.of("开始生成视频", new Intent.RunStage(Stage.VIDEO)),
                Arguments.of("分配台词", new Intent.RunStage(Stage.LINE)),
                Arguments.of("配音", new Intent.RunStage(Stage.AUDIO)),
                Arguments.of("合成成片", new Intent.RunStage(Stage.FILM)),
                Arguments.of("把视频合成起来", new Intent.RunStage(Stage.FILM)),
                Arguments.of("把视频和配音合成成片", new Intent.RunStage(Stage.FILM)),
                Arguments.of("语音合成", new Intent.RunStage(Stage.AUDIO)),
                Arguments.of("分镜太长了，改短一点", new Intent.Regenerate(Stage.STORYBOARD, -1)),
                Arguments.of("the storyboard is too long", new Intent.Regenerate(Stage.STORYBOARD, -1)),
                // stages, English
                Arguments.of("write the script", new Intent.RunStage(Stage.SCRIPT)),
                Arguments.of("Design the storyboard please", new Intent.RunStage(Stage.STORYBOARD)),
                Arguments.of("create the characters", new Intent.RunStage(Stage.ROLE_DESCRIPTION)),
                Arguments.of("paint the character portraits", new Intent.RunStage(Stage.ROLE_IMAGE)),
                Arguments.of("describe the first frames", new Intent.RunStage(Stage.FIRST_FRAME_DESCRIPTION)),
                Arguments.of("generate the first frames", new Intent.RunStage(Stage.FIRST_FRAME_IMAGE)),
                Arguments.of("plan the camera movement", new Intent.RunStage(Stage.VIDEO_DESCRIPTION)),
                Arguments.of("make the video", new Intent.RunStage(Stage.VIDEO)),
                Arguments.of("assign the lines", new Intent.RunStage(Stage.LINE)),
                Arguments.of("record the voiceover", new Intent.RunStage(Stage.AUDIO)),
                Arguments.of("compose the final cut", new Intent.RunStage(Stage.FILM)),
                Arguments.of("put it all together into the final video", new Intent.RunStage(Stage.FILM)),
                Arguments.of("RoleImage", new Intent.RunStage(Stage.ROLE_IMAGE)),
                // control
                Arguments.of("next", new Intent.Next()),
                Arguments.of("继续", new Intent.Next()),
                Arguments.of("下一步", new Intent.Next()),
                Arguments.of("下一个", new Intent.Next()),
                Arguments.of("OK, go on", new Intent.Next()),
                Arguments.of("again", new Intent.Repeat()),
                Arguments.of("重新生成", new Intent.Repeat()),
                Arguments.of("再来一次", new Intent.Repeat()),
                Arguments.of("make the whole film now", new Intent.MakeFilm()),
                Arguments.of("一键成片", new Intent.MakeFilm()),
                Arguments.of("Just do everything in one go", new Intent.MakeFilm()),
                // regenerate one item
                Arguments.of("regenerate board 2's picture", new Intent.Regenerate(Stage.FIRST_FRAME_IMAGE, 1)),
                Arguments.of("重新生成第2个首帧", new Intent.Regenerate(Stage.FIRST_FRAME_IMAGE, 1)),
                Arguments.of("重新生成第三个视频", new Intent.Regenerate(Stage.VIDEO, 2)),
                Arguments.of("redo the clip of the last board", new Intent.Regenerate(Stage.VIDEO, 3)),
                Arguments.of("重新配音分镜一", new Intent.Regenerate(Stage.AUDIO, 0)),
                Arguments.of("redraw the son's portrait", new Intent.Regenerate(Stage.ROLE_IMAGE, 1)),
                Arguments.of("重新生成视频", new Intent.Regenerate(Stage.VIDEO, -1)),
                Arguments.of("重新配音", new Intent.Regenerate(Stage.AUDIO, -1)),
                // new topic
                Arguments.of("新主题：云南小粒咖啡", new Intent.NewTopic("云南小粒咖啡", null)),
                Arguments.of("new product: sparkling water", new Intent.NewTopic("sparkling water", null)),
                Arguments.of("今天天气不错", new Intent.Chat(Replies.help(true, true))));
    }

    static Stream<Arguments> editRows() {
        return Stream.of(
                Arguments.of("把分镜2的旁白改成“清爽一夏，就喝百炼椰汁”", Target.BOARD, 1, null, "narration",
                        "清爽一夏，就喝百炼椰汁"),
                Arguments.of("把第二个分镜的旁白改为：椰香浓郁。", Target.BOARD, 1, null, "narration", "椰香浓郁"),
                Arguments.of("分镜4的旁白再煽情一点", Target.BOARD, 3, null, "narration", null),
                Arguments.of("change board 2's narration to \"Fresh every day.\"", Target.BOARD, 1, null, "narration",
                        "Fresh every day"),
                Arguments.of("make the second board's narration say 'Pure coconut'", Target.BOARD, 1, null,
                        "narration", "Pure coconut"),
                Arguments.of("把分镜3的画面改成海边日落", Target.BOARD, 2, null, "picture", "海边日落"),
                Arguments.of("第3个镜头更明亮一些", Target.FRAME, 2, null, "style", null),
                Arguments.of("make shot 1 warmer", Target.FRAME, 0, null, "style", null),
                Arguments.of("the 4th frame is too dark", Target.FRAME, 3, null, "style", null),
                Arguments.of("分镜2的运镜改成缓慢推近", Target.CAMERA, 1, null, "movement", "缓慢推近"),
                Arguments.of("change the camera of board 3 to a slow pan", Target.CAMERA, 2, null, "movement",
                        "a slow pan"),
                Arguments.of("change the mother's outfit to red", Target.ROLE, -1, "Mother", "clothes", "red"),
                Arguments.of("把妈妈的衣服换成红色", Target.ROLE, -1, "Mother", "clothes", "红色"),
                Arguments.of("让小美的发型更短一些", Target.ROLE, -1, "小美", "look", null),
                Arguments.of("make the son look older", Target.ROLE, -1, "Son", "look", null),
                Arguments.of("让妈妈更年轻一点", Target.ROLE, -1, "Mother", "look", null),
                Arguments.of("use voice Cherry for the narrator", Target.LINE, -1, "narrator", "voice", "Cherry"),
                Arguments.of("use Ethan for the son", Target.LINE, -1, "Son", "voice", "Ethan"),
                Arguments.of("把小美的台词都换成Cherry", Target.LINE, -1, "小美", "voice", "Cherry"),
                Arguments.of("board three's narration: Stay fresh", Target.BOARD, 2, null, "narration", "Stay fresh"),
                Arguments.of("the mother should wear a green jacket", Target.ROLE, -1, "Mother", "clothes", null),
                Arguments.of("旁白的音色换成Ethan", Target.LINE, -1, "narrator", "voice", "Ethan"),
                Arguments.of("把妈妈的声音换成serena", Target.LINE, -1, "Mother", "voice", "Serena"),
                Arguments.of("分镜3的配音用Dylan", Target.LINE, 2, null, "voice", "Dylan"),
                Arguments.of("把第2句台词改成“妈妈，我还要”", Target.LINE, 1, null, "text", "妈妈，我还要"),
                Arguments.of("把广告语改成椰香一夏", Target.SCRIPT, -1, null, "slogan", "椰香一夏"),
                Arguments.of("make the script funnier", Target.SCRIPT, -1, null, "story", null),
                Arguments.of("把剧本改得更温馨一点", Target.SCRIPT, -1, null, "story", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textRows")
    void recognisesWhatTheTextAsksFor(String text, Intent expected) {
        assertEquals(expected, classifier.classify(UserMessage.of(text), session()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editRows")
    void recognisesEditsOfOneThing(String text, Target target, int index, String role, String field, String value) {
        assertEquals(edit(target, index, role, field, value, text), classifier.classify(UserMessage.of(text), session()));
    }

    @Test
    void explicitTypesWinOverTheText() {
        FilmSession s = session();
        assertEquals(new Intent.RunStage(Stage.STORYBOARD), classifier.classify(new UserMessage("百炼椰汁", "Storyboard", null), s));
        assertEquals(new Intent.RunStage(Stage.FIRST_FRAME_IMAGE),
                classifier.classify(new UserMessage("next", "first_frame_image", null), s));
        assertEquals(new Intent.Next(), classifier.classify(new UserMessage("写个脚本", "NextStage", null), s));
        assertEquals(new Intent.Repeat(), classifier.classify(new UserMessage("", "RepeatStage", null), s));
        assertEquals(new Intent.NewTopic("百炼椰汁", "https://x.test/p.png"),
                classifier.classify(new UserMessage(" 百炼椰汁 ", "Topic", "https://x.test/p.png"), s));
        assertEquals(new Intent.RunStage(Stage.SCRIPT), classifier.classify(new UserMessage("写个脚本", "message", null), s));
    }

    @Test
    void unknownTypesAndEmptyTopicsAreRefusedWithTheirName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> classifier.classify(new UserMessage("x", "function_call", null), session()));
        assertTrue(e.getMessage().contains("function_call"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> classifier.classify(new UserMessage(" ", "Topic", null), session()));
        assertTrue(UserMessage.isKnownType("Film") && UserMessage.isKnownType(null) && UserMessage.isKnownType("message")
                && UserMessage.isKnownType("NextStage") && UserMessage.isKnownType("nextstage")
                && UserMessage.isKnownType("first_frame_image") && !UserMessage.isKnownType("Films"));
    }

    @Test
    void withoutATopicAThemeStartsTheFilmAndACommandAsksForOne() {
        FilmSession empty = FilmSession.create("s2", Instant.EPOCH);
        assertEquals(new Intent.NewTopic("百炼椰汁", "https://x.test/p.png"),
                classifier.classify(new UserMessage("百炼椰汁", null, "https://x.test/p.png"), empty));
        assertEquals(new Intent.NewTopic("椰汁广告视频", null), classifier.classify(UserMessage.of("椰汁广告视频"), empty));
        assertEquals(new Intent.NewTopic("an ad for Sunny orange juice", null),
                classifier.classify(UserMessage.of("an ad for Sunny orange juice"), empty));
        assertInstanceOf(Intent.Chat.class, classifier.classify(UserMessage.of("写个脚本"), empty));
        assertInstanceOf(Intent.Chat.class, classifier.classify(UserMessage.of("make the whole film now"), empty));
        assertInstanceOf(Intent.Chat.class, classifier.classify(UserMessage.of(""), empty));
    }

    @Test
    void roleNamesMatchWithoutSessionRolesToo() {
        FilmSession noRoles = session().toBuilder().roles(List.of()).build();
        assertEquals(edit(Target.ROLE, -1, "mother", "clothes", "red", "change the mother's outfit to red"),
                classifier.classify(UserMessage.of("change the mother's outfit to red"), noRoles));
    }
}
