package dev.filmgen.internal.runner;

import dev.filmgen.domain.Line;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.intent.Intent;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Line edits without a line index: "use voice Cherry for the narrator" changes every line of that speaker
 * (every line when no speaker is named). Only Audio and Film are re-made; voices whose line is unchanged are reused.
 */
final class SpeakerEdits {
    /** Names that all mean the off-screen narrator, matched case-insensitively. */
    private static final Set<String> NARRATOR = Set.of("narrator", "旁白", "voice-over", "voiceover", "voice over",
            "画外音");

    private SpeakerEdits() {
    }

    static Plan plan(Intent.Edit e, FilmSession s, String field, boolean zh) {
        if (s.lines().isEmpty()) {
            throw new InvalidInputException("there are no lines yet to edit");
        }
        String who = e.roleName() == null || e.roleName().isBlank() ? null : e.roleName().trim();
        List<Integer> hit = new ArrayList<>();
        for (int k = 0; k < s.lines().size(); k++) {
            if (who == null || sameSpeaker(who, s.lines().get(k).speaker())) {
                hit.add(k);
            }
        }
        if (hit.isEmpty()) {
            Set<String> speakers = new LinkedHashSet<>();
            s.lines().forEach(l -> speakers.add(l.speaker()));
            throw new InvalidInputException("no line is spoken by '" + who + "'; speakers are " + speakers);
        }
        Line first = s.lines().get(hit.get(0));
        String scope = zh ? (who == null ? "全部台词" : who + "的全部台词") + "（" + hit.size() + "句）"
                : (who == null ? "every line" : "every line of " + who) + " (" + hit.size() + ")";
        String value;
        String why;
        switch (field) {
            case "voice":
                value = EditPlanner.value(e, first.voice());
                why = scope + (zh ? "换成音色 " : " gets voice ") + value;
                break;
            case "speaker":
                value = EditPlanner.value(e, first.speaker());
                why = zh ? scope + "改由" + value + "来说" : scope + " is now spoken by " + value;
                break;
            default:
                throw new InvalidInputException("a line edit without a line number can change only voice or speaker, "
                        + "not '" + e.field() + "': name the line to change its " + e.field());
        }
        List<Line> lines = new ArrayList<>(s.lines());
        for (int k : hit) {
            Line l = lines.get(k);
            lines.set(k, field.equals("voice") ? l.withVoice(value) : new Line(l.board(), value, l.text(), l.voice()));
        }
        return EditPlanner.rerun(s, x -> x.lines(lines), EnumSet.of(Stage.AUDIO, Stage.FILM),
                why + (zh ? "，这些配音和成片要重做" : ", so their voices and the film are re-made"), zh);
    }

    static boolean sameSpeaker(String wanted, String speaker) {
        if (speaker == null) {
            return false;
        }
        String a = wanted.trim().toLowerCase(Locale.ROOT);
        String b = speaker.trim().toLowerCase(Locale.ROOT);
        return a.equals(b) || NARRATOR.contains(a) && NARRATOR.contains(b);
    }
}
