package dev.filmgen.internal.runner;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Role;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Per-stage views of a session: clearing a stage's results and describing them for the user. */
public final class SessionResults {
    private SessionResults() {
    }

    /** Removes what {@code stage} produced and marks it not completed (the reuse cache is kept). */
    public static FilmSession.Builder clear(FilmSession.Builder b, FilmSession s, Stage stage) {
        b.uncomplete(stage);
        switch (stage) {
            case TOPIC: b.topic(null); break;
            case SCRIPT:
                b.script(null).productInsight(null);
                b.productImage(s.topic() != null && s.topic().productImage() != null ? s.topic().productImage() : null);
                break;
            case STORYBOARD: b.boards(List.of()); break;
            case ROLE_DESCRIPTION: b.roles(List.of()); break;
            case ROLE_IMAGE: b.roleImages(Map.of()); break;
            case FIRST_FRAME_DESCRIPTION: b.frames(List.of()); break;
            case FIRST_FRAME_IMAGE: b.firstFrames(Map.of()); break;
            case VIDEO_DESCRIPTION: b.cameras(List.of()); break;
            case VIDEO: b.clips(Map.of()); break;
            case LINE: b.lines(List.of()); break;
            case AUDIO: b.voices(Map.of()); break;
            case FILM: b.film(null); break;
            default: throw new IllegalStateException("unknown stage " + stage);
        }
        return b;
    }

    /** How many items {@code stage} has in {@code s}: boards, roles, or 1. */
    public static int items(Stage stage, FilmSession s) {
        switch (stage.granularity()) {
            case PER_BOARD: return s.boards().size();
            case PER_ROLE: return s.roles().size();
            default: return 1;
        }
    }

    /** A short human summary of what {@code stage} holds, or null for media stages. */
    public static String summary(Stage stage, FilmSession s) {
        switch (stage) {
            case TOPIC: return s.topic() == null ? null : s.topic().text();
            case SCRIPT:
                return s.script() == null ? null : s.script().title() + "\n" + s.script().story()
                        + "\n" + s.script().productName() + " — " + s.script().slogan();
            case STORYBOARD:
                return s.boards().stream().map(SessionResults::board).collect(Collectors.joining("\n"));
            case ROLE_DESCRIPTION:
                return s.roles().stream().map(SessionResults::role).collect(Collectors.joining("\n"));
            case FIRST_FRAME_DESCRIPTION:
                return s.frames().stream().map(f -> (f.board() + 1) + ". " + f.text()).collect(Collectors.joining("\n"));
            case VIDEO_DESCRIPTION:
                return s.cameras().stream().map(c -> (c.board() + 1) + ". " + c.text()).collect(Collectors.joining("\n"));
            case LINE:
                return s.lines().stream().map(l -> (l.board() + 1) + ". " + l.speaker() + " (" + l.voice() + "): "
                        + l.text()).collect(Collectors.joining("\n"));
            case FILM: return s.film() == null ? null : s.film().link();
            default: return null;
        }
    }

    private static String board(Board b) {
        return (b.index() + 1) + ". " + b.picture() + " | " + b.narration();
    }

    private static String role(Role r) {
        return r.name() + ": " + r.look() + "; " + r.clothes() + "; " + r.setting();
    }
}
