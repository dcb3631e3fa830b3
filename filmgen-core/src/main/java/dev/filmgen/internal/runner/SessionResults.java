package dev.filmgen.internal.runner;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.MediaAsset;
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
            case FIRST_FRAME_IMAGE: b.firstFrames(Map.of()).frameChecks(Map.of()); break;
            case VIDEO_DESCRIPTION: b.cameras(List.of()); break;
            case VIDEO: b.clips(Map.of()); break;
            case LINE: b.lines(List.of()); break;
            case AUDIO: b.voices(Map.of()); break;
            case FILM: b.film(null); break;
            default: throw new IllegalStateException("unknown stage " + stage);
        }
        return b;
    }

    /**
     * The picture, clip or voice a per-item stage kept for item {@code index} (the chosen first frame of several
     * candidates, for example), or null for stages without media per item.
     */
    public static MediaAsset itemAsset(Stage stage, int index, FilmSession s) {
        switch (stage) {
            case ROLE_IMAGE:
                return index < s.roles().size() ? s.roleImages().get(s.roles().get(index).name()) : null;
            case FIRST_FRAME_IMAGE: return s.firstFrames().get(index);
            case VIDEO: return s.clips().get(index);
            case AUDIO: return s.voices().get(index);
            default: return null;
        }
    }

    /** How many items {@code stage} has in {@code s}: boards, roles, or 1. */
    public static int items(Stage stage, FilmSession s) {
        switch (stage.granularity()) {
            case PER_BOARD: return s.boards().size();
            case PER_ROLE: return s.roles().size();
            default: return 1;
        }
    }


    private static String board(Board b) {
        return (b.index() + 1) + ". " + b.picture() + " | " + b.narration();
    }

    private static String role(Role r) {
        return r.name() + ": " + r.look() + "; " + r.clothes() + "; " + r.setting();
    }
}
