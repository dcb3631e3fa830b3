package dev.filmgen.internal.runner;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Script;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.intent.Intent;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns an edit into a patch of the named record plus the stages that read it. Patched text is written
 * directly (no text model call); what depends on it is re-run and every unchanged item is reused, so a
 * narration edit costs one speech call and one composition. A null value appends the instruction.
 */
public final class EditPlanner {
    /** Role field names as a Chinese reply says them. */
    private static final Map<String, String> ROLE_FIELDS_ZH = Map.of("look", "外貌", "clothes", "服装", "setting", "场景");

    private EditPlanner() {
    }

    /** Plans the edit with an English explanation. */
    public static Plan plan(Intent.Edit e, FilmSession s) {
        return plan(e, s, false);
    }

    /** Plans the edit; the explanation is in Chinese when {@code zh}. */
    public static Plan plan(Intent.Edit e, FilmSession s, boolean zh) {
        String field = e.field() == null ? "" : e.field().toLowerCase(Locale.ROOT);
        switch (e.target()) {
            case BOARD: return board(e, s, field, zh);
            case LINE: return line(e, s, field, zh);
            case ROLE: return role(e, s, field, zh);
            case FRAME: return frame(e, s, zh);
            case CAMERA: return camera(e, s, zh);
            case SCRIPT: return script(e, s, field, zh);
            default: throw new InvalidInputException("cannot edit " + e.target());
        }
    }

    private static Plan board(Intent.Edit e, FilmSession s, String field, boolean zh) {
        int i = index(e.index(), s.boards().size(), "board", "storyboard");
        Board b = s.boards().get(i);
        if (field.equals("narration") || field.equals("text") || field.equals("line")) {
            String text = value(e, b.narration());
            UnaryOperator<FilmSession.Builder> patch = x -> {
                List<Board> boards = new ArrayList<>(s.boards());
                boards.set(i, b.withNarration(text));
                x.boards(boards);
                patchLineText(x, s, i, text);
                return x;
            };
            return rerun(s, patch, EnumSet.of(Stage.AUDIO, Stage.FILM), zh
                    ? "第" + (i + 1) + "镜的旁白改好了，它的配音和成片要重做"
                    : "board " + (i + 1) + "'s narration changed, so its voice and the film are re-made", zh);
        }
        if (field.equals("picture")) {
            String text = value(e, b.picture());
            UnaryOperator<FilmSession.Builder> patch = x -> {
                List<Board> boards = new ArrayList<>(s.boards());
                boards.set(i, b.withPicture(text));
                return x.boards(boards);
            };
            return rerun(s, patch, EnumSet.of(Stage.FIRST_FRAME_DESCRIPTION, Stage.FIRST_FRAME_IMAGE,
                    Stage.VIDEO_DESCRIPTION, Stage.VIDEO, Stage.FILM), zh
                    ? "第" + (i + 1) + "镜的画面改好了，首帧描述、运镜描述、它的首帧画面、视频片段和成片要重做"
                    : "board " + (i + 1) + "'s picture changed, so the frame and camera descriptions, its first frame, "
                            + "its clip and the film are re-made", zh);
        }
        throw new InvalidInputException("a board has no field '" + e.field() + "': use narration or picture");
    }

    private static Plan line(Intent.Edit e, FilmSession s, String field, boolean zh) {
        if (e.index() < 0) {
            return SpeakerEdits.plan(e, s, field, zh);
        }
        int i = index(e.index(), s.lines().size(), "line", "lines");
        Line l = s.lines().get(i);
        UnaryOperator<FilmSession.Builder> patch;
        String why;
        switch (field) {
            case "voice":
                String voice = value(e, l.voice());
                patch = x -> x.lines(replace(s.lines(), i, l.withVoice(voice)));
                why = zh ? "第" + (i + 1) + "句台词换成音色 " + voice : "line " + (i + 1) + " gets voice " + voice;
                break;
            case "text": case "narration":
                String text = value(e, l.text());
                patch = x -> {
                    patchLineText(x, s, i, text);
                    if (i < s.boards().size()) {
                        List<Board> boards = new ArrayList<>(s.boards());
                        boards.set(i, s.boards().get(i).withNarration(text));
                        x.boards(boards);
                    }
                    return x;
                };
                why = zh ? "第" + (i + 1) + "句台词的文字改好了" : "line " + (i + 1) + "'s words changed";
                break;
            case "speaker":
                String speaker = value(e, l.speaker());
                patch = x -> x.lines(replace(s.lines(), i, new Line(l.board(), speaker, l.text(), l.voice())));
                why = zh ? "第" + (i + 1) + "句台词改由" + speaker + "来说"
                        : "line " + (i + 1) + " is now spoken by " + speaker;
                break;
            default:
                throw new InvalidInputException("a line has no field '" + e.field() + "': use text, voice or speaker");
        }
        return rerun(s, patch, EnumSet.of(Stage.AUDIO, Stage.FILM),
                why + (zh ? "，它的配音和成片要重做" : ", so its voice and the film are re-made"), zh);
    }

    private static Plan role(Intent.Edit e, FilmSession s, String field, boolean zh) {
        int i = e.roleName() != null ? roleIndex(s, e.roleName()) : index(e.index(), s.roles().size(), "role", "roles");
        Role r = s.roles().get(i);
        Role changed;
        switch (field) {
            case "look": changed = new Role(r.name(), value(e, r.look()), r.clothes(), r.setting()); break;
            case "clothes": changed = new Role(r.name(), r.look(), value(e, r.clothes()), r.setting()); break;
            case "setting": changed = new Role(r.name(), r.look(), r.clothes(), value(e, r.setting())); break;
            default:
                throw new InvalidInputException("a role has no field '" + e.field() + "': use look, clothes or setting");
        }
        return rerun(s, x -> x.roles(replace(s.roles(), i, changed)),
                EnumSet.of(Stage.ROLE_IMAGE, Stage.FIRST_FRAME_IMAGE, Stage.VIDEO, Stage.FILM),
                zh ? r.name() + "的" + ROLE_FIELDS_ZH.get(field) + "改好了，角色形象、有" + r.name()
                        + "出场的首帧画面和视频片段以及成片要重做（其他分镜复用）"
                        : r.name() + "'s " + field + " changed, so the portrait, the first frames and clips that show "
                        + r.name() + ", and the film are re-made (other boards are reused)", zh);
    }

    private static Plan frame(Intent.Edit e, FilmSession s, boolean zh) {
        int i = index(e.index(), s.frames().size(), "frame", "first-frame descriptions");
        FrameDescription f = s.frames().get(i);
        FrameDescription changed = new FrameDescription(f.board(), value(e, f.text()));
        return rerun(s, x -> x.frames(replace(s.frames(), i, changed)),
                EnumSet.of(Stage.FIRST_FRAME_IMAGE, Stage.VIDEO, Stage.FILM),
                zh ? "第" + (i + 1) + "镜的首帧描述改好了，它的首帧画面、视频片段和成片要重做"
                        : "board " + (i + 1) + "'s first frame description changed, so its first frame, its clip and"
                        + " the film are re-made", zh);
    }

    private static Plan camera(Intent.Edit e, FilmSession s, boolean zh) {
        int i = index(e.index(), s.cameras().size(), "camera description", "camera descriptions");
        CameraDescription c = s.cameras().get(i);
        CameraDescription changed = new CameraDescription(c.board(), value(e, c.text()));
        return rerun(s, x -> x.cameras(replace(s.cameras(), i, changed)), EnumSet.of(Stage.VIDEO, Stage.FILM),
                zh ? "第" + (i + 1) + "镜的运镜改好了，它的视频片段和成片要重做"
                        : "board " + (i + 1) + "'s camera movement changed, so its clip and the film are re-made", zh);
    }

    private static Plan script(Intent.Edit e, FilmSession s, String field, boolean zh) {
        Script c = s.script();
        if (c == null) {
            throw new InvalidInputException("there is no script to edit yet: run Script first");
        }
        switch (field) {
            case "title":
                return rerun(s, x -> x.script(new Script(value(e, c.title()), c.story(), c.characters(),
                        c.productName(), c.productDescription(), c.slogan())), EnumSet.of(Stage.FILM),
                        zh ? "标题改好了，成片要重做" : "the title changed, so the film is re-made", zh);
            case "slogan":
                return rerun(s, x -> x.script(new Script(c.title(), c.story(), c.characters(), c.productName(),
                        c.productDescription(), value(e, c.slogan()))), EnumSet.of(Stage.FILM),
                        zh ? "广告语改好了，成片（片尾）要重做" : "the slogan changed, so the film (end card) is re-made", zh);
            case "story":
                Set<Stage> after = Stage.SCRIPT.downstream();
                return rerun(s, x -> x.script(new Script(c.title(), value(e, c.story()), c.characters(),
                        c.productName(), c.productDescription(), c.slogan())), after,
                        zh ? "故事改好了，脚本之后的内容都要重做（没变的部分复用）"
                        : "the story changed, so everything after the script is re-made (unchanged items are reused)",
                        zh);
            default:
                throw new InvalidInputException("the script has no editable field '" + e.field()
                        + "': use title, story or slogan");
        }
    }

    /** Re-runs those of {@code stages} that were complete (edits never start work the user has not asked for yet). */
    static Plan rerun(FilmSession s, UnaryOperator<FilmSession.Builder> patch, Set<Stage> stages, String why,
                      boolean zh) {
        Set<Stage> run = EnumSet.noneOf(Stage.class);
        for (Stage st : stages) {
            if (s.completed().contains(st)) {
                run.add(st);
            }
        }
        UnaryOperator<FilmSession.Builder> change = x -> {
            patch.apply(x);
            for (Stage st : run) {
                SessionResults.clear(x, s, st);
            }
            return x;
        };
        String explanation;
        if (zh) {
            explanation = why + (run.isEmpty() ? "（还没有由它生成的内容，暂时不用重做）" : "。重做：" + StageNames.of(run, true));
        } else {
            explanation = why + (run.isEmpty() ? " (nothing made from it yet, so nothing to re-make)"
                    : "; re-making: " + run);
        }
        return new Plan(change, run, Map.of(), explanation, null);
    }

    private static void patchLineText(FilmSession.Builder x, FilmSession s, int i, String text) {
        for (int k = 0; k < s.lines().size(); k++) {
            if (s.lines().get(k).board() == i) {
                x.lines(replace(s.lines(), k, s.lines().get(k).withText(text)));
                return;
            }
        }
    }

    static String value(Intent.Edit e, String old) {
        if (e.value() != null && !e.value().isBlank()) {
            return e.value().trim();
        }
        if (e.instruction() == null || e.instruction().isBlank()) {
            throw new InvalidInputException("an edit needs a new value or an instruction");
        }
        boolean zh = old != null && old.codePoints().anyMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return (old == null || old.isBlank() ? "" : old + (zh ? "；" : "; ")) + e.instruction().trim();
    }

    private static int index(int i, int size, String what, String where) {
        if (size == 0) {
            throw new InvalidInputException("there are no " + where + " yet to edit");
        }
        if (i < 0 || i >= size) {
            throw new InvalidInputException(what + " " + (i + 1) + " does not exist: there are " + size + " " + where);
        }
        return i;
    }

    private static int roleIndex(FilmSession s, String name) {
        for (int k = 0; k < s.roles().size(); k++) {
            if (s.roles().get(k).name().equalsIgnoreCase(name.trim())) {
                return k;
            }
        }
        throw new InvalidInputException("no role named '" + name + "'; roles are "
                + s.roles().stream().map(Role::name).toList());
    }

    private static <T> List<T> replace(List<T> list, int i, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(i, value);
        return copy;
    }
}
