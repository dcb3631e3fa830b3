package dev.filmgen.stages.internal;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.Film;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Script;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.List;
import java.util.Locale;

/** Human-readable text of each stage's result, in the film's language, for {@code StageDone} events. */
public final class Renderings {
    private Renderings() {
    }

    /** The text of {@code stage}'s result in {@code session}, or null when the stage makes only media or has no result yet. */
    public static String of(Stage stage, FilmSession session, String language) {
        String l = Languages.normalise(language);
        switch (stage) {
            case TOPIC:
                return session.topic() == null ? null : session.topic().text();
            case SCRIPT:
                return session.script() == null ? null : script(session.script(), l);
            case STORYBOARD:
                return session.boards().isEmpty() ? null : boards(session.boards(), l);
            case ROLE_DESCRIPTION:
                return roles(session.roles(), l);
            case FIRST_FRAME_DESCRIPTION:
                return session.frames().isEmpty() ? null : frames(session.frames(), l);
            case VIDEO_DESCRIPTION:
                return session.cameras().isEmpty() ? null : cameras(session.cameras(), l);
            case LINE:
                return session.lines().isEmpty() ? null : lines(session.lines(), l);
            case FILM:
                return session.film() == null ? null : film(session.film(), l);
            default:
                return null;
        }
    }

    public static String film(Film film, String language) {
        return String.format(Locale.ROOT, Languages.ZH.equals(language) ? "成片（%.1f 秒）：%s" : "Film (%.1f s): %s",
                film.durationSeconds(), film.link());
    }

    public static String script(Script s, String language) {
        boolean zh = Languages.ZH.equals(language);
        StringBuilder b = new StringBuilder();
        b.append(zh ? "标题：" : "Title: ").append(s.title()).append('\n');
        b.append(s.story()).append('\n');
        if (!s.characters().isEmpty()) {
            b.append(zh ? "人物：" : "Characters: ").append(String.join(zh ? "、" : ", ", s.characters())).append('\n');
        }
        b.append(zh ? "产品名称：" : "Product name: ").append(s.productName()).append('\n');
        b.append(zh ? "产品描述：" : "Product description: ").append(s.productDescription()).append('\n');
        b.append(zh ? "宣传语：" : "Slogan: ").append(s.slogan());
        return b.toString();
    }

    public static String boards(List<Board> boards, String language) {
        boolean zh = Languages.ZH.equals(language);
        StringBuilder b = new StringBuilder();
        for (Board x : boards) {
            b.append(zh ? "分镜" : "Board ").append(x.index() + 1).append('\n');
            b.append(zh ? "  人物：" : "  Characters: ").append(x.characters().isEmpty() ? (zh ? "无" : "none")
                    : String.join(zh ? "、" : ", ", x.characters())).append('\n');
            b.append(zh ? "  画面：" : "  Picture: ").append(x.picture()).append('\n');
            b.append(zh ? "  旁白：" : "  Narration: ").append(x.narration()).append('\n');
        }
        return b.toString().strip();
    }

    public static String roles(List<Role> roles, String language) {
        boolean zh = Languages.ZH.equals(language);
        if (roles.isEmpty()) {
            return zh ? "本片没有人物，只拍产品。" : "No characters: the film shows only the product.";
        }
        StringBuilder b = new StringBuilder();
        for (Role r : roles) {
            b.append(r.name()).append('\n');
            b.append(zh ? "  外貌：" : "  Look: ").append(r.look()).append('\n');
            b.append(zh ? "  服装：" : "  Clothes: ").append(r.clothes()).append('\n');
            b.append(zh ? "  场景：" : "  Setting: ").append(r.setting()).append('\n');
        }
        return b.toString().strip();
    }

    public static String frames(List<FrameDescription> frames, String language) {
        StringBuilder b = new StringBuilder();
        for (FrameDescription f : frames) {
            b.append(Languages.ZH.equals(language) ? "分镜" : "Board ").append(f.board() + 1).append(": ")
                    .append(f.text()).append('\n');
        }
        return b.toString().strip();
    }

    public static String cameras(List<CameraDescription> cameras, String language) {
        StringBuilder b = new StringBuilder();
        for (CameraDescription c : cameras) {
            b.append(Languages.ZH.equals(language) ? "分镜" : "Board ").append(c.board() + 1).append(": ")
                    .append(c.text()).append('\n');
        }
        return b.toString().strip();
    }

    public static String lines(List<Line> lines, String language) {
        boolean zh = Languages.ZH.equals(language);
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            b.append(zh ? "分镜" : "Board ").append(l.board() + 1).append(" · ").append(l.speaker())
                    .append(" (").append(l.voice()).append(")").append(zh ? "：" : ": ").append(l.text()).append('\n');
        }
        return b.toString().strip();
    }
}
