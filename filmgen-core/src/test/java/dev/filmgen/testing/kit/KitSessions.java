package dev.filmgen.testing.kit;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Script;
import dev.filmgen.domain.Topic;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.time.Instant;
import java.util.List;

/**
 * Realistic sessions for the kits: an English film about a thermos with three boards and two roles, at any point
 * of the pipeline. Media results are not included (the handler kit adds stored media itself).
 */
public final class KitSessions {
    /** The session id every kit session has. */
    public static final String ID = "kit-session";

    private KitSessions() {
    }

    /** A session with nothing yet: the first message has not arrived. */
    public static FilmSession empty() {
        return FilmSession.create(ID, Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** A session whose every text stage (Topic, Script, Storyboard, RoleDescription, both descriptions, Line) is done. */
    public static FilmSession texts() {
        return empty().toBuilder()
                .topic(Topic.of("Aurora thermos, keeps tea hot all day"))
                .script(new Script("Warm All Day", "Mia rushes to work in the cold; her Aurora thermos keeps tea hot"
                        + " until evening, when she shares it with Leo.", List.of("Mia", "Leo"), "Aurora Thermos",
                        "Slim matte-blue steel bottle with a bamboo lid, 500 ml", "Warmth that lasts"))
                .boards(List.of(
                        new Board(0, List.of("Mia"), "Mia at a snowy bus stop holding her thermos",
                                "Cold mornings come early."),
                        new Board(1, List.of(), "The Aurora thermos on a wooden desk by a window",
                                "Aurora keeps it hot all day."),
                        new Board(2, List.of("Mia", "Leo"), "Mia pours tea for Leo in the evening office",
                                "Share the warmth.")))
                .roles(List.of(new Role("Mia", "young woman, short black hair", "red wool coat", "city street"),
                        new Role("Leo", "man in his thirties, short beard", "grey hoodie", "office")))
                .frames(List.of(new FrameDescription(0, "Mia waits at a snowy bus stop, thermos in hand"),
                        new FrameDescription(1, "The thermos on a wooden desk in morning light"),
                        new FrameDescription(2, "Mia pours tea for Leo at dusk")))
                .cameras(List.of(new CameraDescription(0, "medium shot, slow push in"),
                        new CameraDescription(1, "close-up, static"), new CameraDescription(2, "wide shot, pan left")))
                .lines(List.of(new Line(0, "narrator", "Cold mornings come early.", "Cherry"),
                        new Line(1, "narrator", "Aurora keeps it hot all day.", "Cherry"),
                        new Line(2, "Mia", "Share the warmth.", "Serena")))
                .complete(Stage.TOPIC).complete(Stage.SCRIPT).complete(Stage.STORYBOARD)
                .complete(Stage.ROLE_DESCRIPTION).complete(Stage.FIRST_FRAME_DESCRIPTION)
                .complete(Stage.VIDEO_DESCRIPTION).complete(Stage.LINE)
                .build();
    }
}
