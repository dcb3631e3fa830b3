package dev.filmgen.testing;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Script;
import dev.filmgen.domain.Topic;
import dev.filmgen.session.FilmSession;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Model answers and sessions shared by the handler tests. */
public final class Fixtures {
    public static final String SCRIPT_EN = "{\"title\":\"Warm All Day\",\"story\":\"Mia rushes to work in the cold. Her bottle keeps"
            + " tea hot until evening.\",\"characters\":[\"Mia\"],\"product_name\":\"Aurora Thermos\","
            + "\"product_description\":\"Slim matte-blue steel bottle, bamboo lid, 500 ml\",\"slogan\":\"Warmth that lasts\"}";
    public static final String SCRIPT_ZH = "{\"title\":\"暖一整天\",\"story\":\"小米清晨赶地铁，保温杯里的茶到傍晚还是热的。\","
            + "\"characters\":[\"小米\"],\"product_name\":\"极光保温杯\",\"product_description\":\"磨砂蓝色不锈钢杯身，竹木杯盖，500毫升\","
            + "\"slogan\":\"温暖一整天\"}";
    public static final String BOARDS_EN = "{\"boards\":[{\"board\":1,\"characters\":[\"Mia\"],\"picture\":\"Mia at a snowy bus stop"
            + " holding her bottle\",\"narration\":\"Cold mornings come early.\"},{\"board\":2,\"characters\":[],"
            + "\"picture\":\"Close-up of the Aurora Thermos on a desk\",\"narration\":\"Aurora keeps it hot all day.\"}]}";

    /** Portraits and a product picture as the image stages leave them (see {@link #withPortraits()}). */
    public static final MediaAsset PORTRAIT_MIA = MediaAsset.of(URI.create("fake://portrait/mia"), "image/png");
    public static final MediaAsset PORTRAIT_LEO = MediaAsset.of(URI.create("fake://portrait/leo"), "image/png");
    public static final MediaAsset PRODUCT_PICTURE = MediaAsset.of(URI.create("fake://product"), "image/png");

    private Fixtures() {
    }

    public static FilmSession session(String topic) {
        return FilmSession.create("s1", Instant.parse("2026-01-01T00:00:00Z")).toBuilder().topic(Topic.of(topic)).build();
    }

    public static Script scriptEn() {
        return new Script("Warm All Day", "Mia rushes to work.", List.of("Mia", "Leo"), "Aurora Thermos",
                "Slim matte-blue steel bottle", "Warmth that lasts");
    }

    public static List<Board> boardsEn() {
        return List.of(
                new Board(0, List.of("Mia"), "Mia at a snowy bus stop", "Cold mornings come early."),
                new Board(1, List.of(), "The bottle on a desk", "Aurora keeps it hot all day."),
                new Board(2, List.of("Mia", "Leo"), "Mia pours tea for Leo from her Aurora Thermos",
                        "Share the warmth."));
    }

    public static List<Role> rolesEn() {
        return List.of(new Role("Mia", "young woman, short black hair", "red wool coat", "city street"),
                new Role("Leo", "man in his thirties, beard", "grey hoodie", "office"));
    }

    /** An English session complete up to the storyboard and roles. */
    public static FilmSession afterRoles() {
        return session("a thermos bottle that keeps tea hot").toBuilder().script(scriptEn()).boards(boardsEn())
                .roles(rolesEn()).build();
    }

    public static FilmSession afterFrames() {
        return afterRoles().toBuilder().frames(List.of(new FrameDescription(0, "Mia waits at a bus stop"),
                new FrameDescription(1, "The thermos on a wooden desk"),
                new FrameDescription(2, "Mia pours tea for Leo"))).build();
    }

    /** {@link #afterFrames()} with both roles painted and a product picture. */
    public static FilmSession withPortraits() {
        return afterFrames().toBuilder().roleImage("Mia", PORTRAIT_MIA).roleImage("Leo", PORTRAIT_LEO)
                .productImage(PRODUCT_PICTURE).build();
    }

    public static FilmSession afterCameras() {
        return afterFrames().toBuilder().cameras(List.of(new CameraDescription(0, "medium shot, push in"),
                new CameraDescription(1, "close-up, static"), new CameraDescription(2, "wide shot, pan left"))).build();
    }

    public static FilmConfig config(int maxBoards, int maxRoles, String aspect, Long seed) {
        FilmConfig d = FilmConfig.defaults();
        return new FilmConfig(d.stages(), d.intentModel(), maxBoards, maxRoles, aspect, d.clipSeconds(), seed,
                d.filmStyle());
    }
}
