package dev.filmgen.intent;

import dev.filmgen.stage.Stage;
import java.util.List;

/** The Chinese and English words the rule classifier knows, grouped by meaning. All lower case. */
final class Lexicon {
    private Lexicon() {
    }

    /** A stage and the words that name it; earlier entries are more specific and are tried first. */
    public record StageWords(Stage stage, List<String> words) { }

    /** Stage names and paraphrases, most specific first ("首帧描述" before "首帧", "角色图" before "角色"). */
    public static final List<StageWords> STAGES = List.of(
            new StageWords(Stage.FILM, List.of("成片", "出片", "final cut", "finished film", "final video",
                    "put it all together", "put everything together")),
            new StageWords(Stage.FIRST_FRAME_DESCRIPTION, List.of("firstframedescription", "首帧描述", "首帧的描述",
                    "描述首帧", "画面描述", "first frame description", "first-frame description",
                    "frame descriptions", "frame description", "describe the first frame", "describe the frames")),
            new StageWords(Stage.VIDEO_DESCRIPTION, List.of("videodescription", "视频描述", "镜头描述", "运镜",
                    "镜头运动", "video description", "camera movement", "camera moves", "camera move",
                    "shot description", "describe the camera", "describe the shots")),
            new StageWords(Stage.FIRST_FRAME_IMAGE, List.of("firstframeimage", "首帧", "首图", "关键帧",
                    "first frame", "first-frame", "keyframe", "key frame", "opening frame")),
            new StageWords(Stage.ROLE_IMAGE, List.of("roleimage", "角色图", "角色形象", "角色画像", "角色照",
                    "人物图", "人物形象", "定妆照", "画角色", "画人物", "画出角色", "role image", "character image",
                    "character picture", "character art", "portraits", "portrait", "draw the character",
                    "paint the character")),
            new StageWords(Stage.ROLE_DESCRIPTION, List.of("roledescription", "角色", "人物", "人设", "characters",
                    "character", "roles", "role", "cast")),
            new StageWords(Stage.STORYBOARD, List.of("storyboard", "分镜", "故事板", "story board", "shot list",
                    "boards")),
            new StageWords(Stage.SCRIPT, List.of("script", "脚本", "剧本", "文案", "故事", "story", "ad copy")),
            new StageWords(Stage.LINE, List.of("line", "台词", "对白", "音色分配", "分配音色", "lines", "dialogue",
                    "dialog", "voice assignment", "assign voices", "assign the voices")),
            new StageWords(Stage.AUDIO, List.of("audio", "配音", "语音", "音频", "朗读", "念白", "voice-over",
                    "voiceover", "voice over", "narrate", "speech", "voices", "dub")),
            new StageWords(Stage.FILM, List.of("film", "合成", "剪辑", "compose", "assemble", "movie", "render")),
            new StageWords(Stage.VIDEO, List.of("video", "视频", "动画", "片段", "动起来", "clips", "clip",
                    "animate", "footage")),
            new StageWords(Stage.TOPIC, List.of("topic", "主题")));

    /** "Make the whole film in one go". */
    public static final List<String> MAKE_FILM = List.of("一键成片", "一键生成", "一键出片", "一口气", "全部生成",
            "直接出片", "直接成片", "全部做完", "一次做完", "从头到尾", "完整的片", "整部片", "全流程", "whole film",
            "entire film", "full film", "complete film", "whole video", "entire video", "full video", "whole thing",
            "everything", "all the way", "end to end", "end-to-end", "all stages", "in one go", "film now",
            "make it all", "do it all");

    /** "Go on with the next stage". */
    public static final List<String> NEXT = List.of("nextstage", "继续", "下一步", "下一个", "下一阶段", "下个阶段",
            "接着来", "接着做", "往下", "next", "continue", "go on", "proceed", "carry on", "keep going", "move on");

    /** "Do it again" (alone: repeat the last stage; with a target: regenerate that target). */
    public static final List<String> AGAIN = List.of("repeatstage", "重新生成", "再来一次", "再来一遍", "重来",
            "重做", "重新做", "再试一次", "重新来", "再生成一次", "再生成", "重新画", "重画", "重新配音", "重拍",
            "重新渲染", "重新合成", "不满意", "换一版", "换一张", "again", "redo", "re-do", "retry", "regenerate",
            "re-generate", "remake", "redraw", "re-draw", "rerender", "re-render", "reroll", "re-roll",
            "one more time", "once more", "try again", "another take", "another version");

    /** "Change it" without saying how: a stage named with one of these is made again, not just run. */
    public static final List<String> DISSATISFIED = List.of("改", "太", "更", "不好", "不行", "不满意", "不够",
            "too", "shorter", "longer", "better", "improve", "change", "different");

    /** Action verbs: a short message with one of these and a stage word is a command, not a theme. */
    public static final List<String> ACTION = List.of("写", "设计", "创建", "生成", "开始", "做", "画", "来",
            "制作", "合成", "配", "给我", "帮我", "出", "write", "make", "design", "create", "generate", "start",
            "draw", "paint", "do", "run", "build", "compose", "render", "produce", "give me", "let's", "please");

    /** Words that announce a new product theme; what follows is the theme. */
    public static final List<String> NEW_TOPIC = List.of("新主题", "换个主题", "换个产品", "新产品", "换成新产品",
            "重新开始", "new topic", "new product", "new theme", "start over with", "start over", "start again with");

    /** The voices of qwen-tts, spelled as the provider spells them. */
    public static final List<String> VOICES = List.of("Chelsie", "Cherry", "Ethan", "Serena", "Dylan", "Jada",
            "Sunny");

    /** Common role words that mean the same person, English first; the order is the search order. */
    public static final List<List<String>> ROLE_ALIASES = List.of(
            List.of("mother", "妈妈", "母亲", "妈", "mom", "mum", "mommy"),
            List.of("father", "爸爸", "父亲", "爸", "dad", "daddy"),
            List.of("daughter", "女儿"),
            List.of("son", "儿子"),
            List.of("girl", "小女孩", "女孩", "姑娘"),
            List.of("boy", "小男孩", "男孩"),
            List.of("grandma", "奶奶", "外婆", "姥姥", "grandmother", "granny"),
            List.of("grandpa", "爷爷", "外公", "姥爷", "grandfather"),
            List.of("woman", "女人", "女士"),
            List.of("man", "男人", "男士"),
            List.of("child", "孩子", "小孩", "kid"),
            List.of("friend", "朋友"));

    /** Words for the narrator ("旁白" is both the narration text and the narrator who speaks it). */
    public static final List<String> NARRATOR = List.of("narrator", "旁白", "解说", "讲述者", "voice-over",
            "voiceover");
}
