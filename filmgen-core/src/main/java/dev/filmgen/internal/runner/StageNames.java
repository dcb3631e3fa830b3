package dev.filmgen.internal.runner;

import dev.filmgen.domain.Topic;
import dev.filmgen.intent.Intent;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one table of stage names used in replies ({@code 分镜} / {@code Storyboard}) and the rule that picks a
 * reply's language: the film's topic, else the new topic being set, else the user's own message.
 */
public final class StageNames {
    private static final Map<Stage, String> ZH = new EnumMap<>(Stage.class);

    static {
        ZH.put(Stage.TOPIC, "选题");
        ZH.put(Stage.SCRIPT, "脚本");
        ZH.put(Stage.STORYBOARD, "分镜");
        ZH.put(Stage.ROLE_DESCRIPTION, "角色描述");
        ZH.put(Stage.ROLE_IMAGE, "角色形象");
        ZH.put(Stage.FIRST_FRAME_DESCRIPTION, "首帧描述");
        ZH.put(Stage.FIRST_FRAME_IMAGE, "首帧画面");
        ZH.put(Stage.VIDEO_DESCRIPTION, "运镜描述");
        ZH.put(Stage.VIDEO, "视频片段");
        ZH.put(Stage.LINE, "台词");
        ZH.put(Stage.AUDIO, "配音");
        ZH.put(Stage.FILM, "成片");
    }

    private StageNames() {
    }

    /** The stage's name in Chinese, or its wire name ({@code FirstFrameImage}) in English. */
    public static String of(Stage stage, boolean zh) {
        return zh ? ZH.get(stage) : stage.toString();
    }

    /** Several stages in order: {@code 配音、成片} in Chinese, {@code [Audio, Film]} in English. */
    public static String of(Collection<Stage> stages, boolean zh) {
        return zh ? stages.stream().map(ZH::get).collect(Collectors.joining("、")) : stages.toString();
    }

    /**
     * Whether this turn answers in Chinese: the film's language (the session's topic, or the topic the intent
     * sets, as {@link Topic#language()} decides it), or, with no topic yet, the language of the user's message.
     */
    public static boolean chinese(Intent intent, FilmSession s, String userText) {
        String language;
        if (intent instanceof Intent.NewTopic && !isBlank(((Intent.NewTopic) intent).text())) {
            language = Topic.of(((Intent.NewTopic) intent).text()).language();
        } else if (s.topic() != null) {
            language = s.language();
        } else {
            language = Languages.detect(userText);
        }
        return Languages.ZH.equals(language);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
