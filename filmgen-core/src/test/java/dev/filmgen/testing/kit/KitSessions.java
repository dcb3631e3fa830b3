package dev.filmgen.testing.kit;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Script;
import dev.filmgen.domain.Topic;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.Storage;
import java.awt.Color;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Realistic sessions for the kits: an English film about a thermos with three boards and two roles, at any point
 * of the pipeline, its media (small PNG pictures, WAV voices, placeholder clips) stored in a given {@link Storage};
 * and per-stage views of a session's results.
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

    /** Every stage done but Film, its media stored in {@code storage}. */
    public static FilmSession full(Storage storage) {
        FilmSession t = texts();
        FilmSession.Builder b = t.toBuilder()
                .productImage(stored(storage, "Script/product.png", KitMedia.png(320, 180, new Color(0x2F6FD0)),
                        "image/png", null).withSize(320, 180));
        for (Role r : t.roles()) {
            b.roleImage(r.name(), stored(storage, "RoleImage/role-" + r.name().toLowerCase() + ".png",
                    KitMedia.png(180, 320, new Color(0xE0413A)), "image/png", null).withSize(180, 320));
        }
        for (Board board : t.boards()) {
            int i = board.index();
            b.firstFrame(i, stored(storage, "FirstFrameImage/frame-" + (i + 1) + ".png",
                    KitMedia.png(320, 180, new Color(0x30A050 + i * 40)), "image/png", null).withSize(320, 180));
            b.clip(i, stored(storage, "Video/clip-" + (i + 1) + ".mp4", clipBytes(i), "video/mp4", 5.0));
            b.voice(i, stored(storage, "Audio/voice-" + (i + 1) + ".wav", KitMedia.wav(1.2 + i * 0.3, 220, 0.3,
                    8000, 1), "audio/wav", 1.2 + i * 0.3));
        }
        return b.complete(Stage.ROLE_IMAGE).complete(Stage.FIRST_FRAME_IMAGE).complete(Stage.VIDEO)
                .complete(Stage.AUDIO).build();
    }

    /**
     * The session as the runner hands it to {@code item} of {@code stage} on a first run: {@link #full} without
     * this item's result and without any result of the stages downstream, with the other items of a per-item stage
     * done (so a handler can be seen to leave them alone). Before Topic, the topic is there: {@code FilmAgent}
     * stores it before the Topic handler runs.
     */
    public static FilmSession before(Stage stage, int item, Storage storage) {
        FilmSession full = full(storage);
        FilmSession.Builder b = full.toBuilder();
        for (Stage d : stage.downstream()) {
            clear(b, full, d, -1);
        }
        if (stage == Stage.TOPIC) {
            return b.uncomplete(Stage.TOPIC).build();
        }
        return clear(b, full, stage, item).build();
    }

    /** The items {@code stage} has in {@code session}: board or role indexes, or just -1 for a whole stage. */
    public static List<Integer> items(Stage stage, FilmSession session) {
        int n = switch (stage.granularity()) {
            case PER_BOARD -> session.boards().size();
            case PER_ROLE -> session.roles().size();
            case WHOLE -> 0;
        };
        return n == 0 ? List.of(-1) : java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    /** What {@code stage} has produced in {@code s} (for a per-item stage, all items), as one comparable value. */
    public static Object results(Stage stage, FilmSession s) {
        return switch (stage) {
            case TOPIC -> Arrays.asList(s.topic());
            case SCRIPT -> Arrays.asList(s.script(), s.productInsight(), s.productImage());
            case STORYBOARD -> s.boards();
            case ROLE_DESCRIPTION -> s.roles();
            case ROLE_IMAGE -> s.roleImages();
            case FIRST_FRAME_DESCRIPTION -> s.frames();
            case FIRST_FRAME_IMAGE -> s.firstFrames();
            case VIDEO_DESCRIPTION -> s.cameras();
            case VIDEO -> s.clips();
            case LINE -> s.lines();
            case AUDIO -> s.voices();
            case FILM -> Arrays.asList(s.film());
        };
    }

    /** What {@code item} of {@code stage} has produced in {@code s}, or null when nothing (-1: the whole stage). */
    public static Object result(Stage stage, int item, FilmSession s) {
        Object all = results(stage, s);
        if (item < 0) {
            boolean empty = all instanceof List<?> l ? l.stream().allMatch(java.util.Objects::isNull) || l.isEmpty()
                    : all instanceof Map<?, ?> m && m.isEmpty();
            return empty ? null : all;
        }
        if (stage == Stage.ROLE_IMAGE) {
            return item < s.roles().size() ? s.roleImages().get(s.roles().get(item).name()) : null;
        }
        return ((Map<?, ?>) all).get(item);
    }

    /** The media {@code stage} has produced in {@code s}. */
    public static List<MediaAsset> media(Stage stage, FilmSession s) {
        Object all = results(stage, s);
        java.util.ArrayList<MediaAsset> out = new java.util.ArrayList<>();
        if (all instanceof Map<?, ?> m) {
            m.values().forEach(v -> out.add((MediaAsset) v));
        } else if (stage == Stage.SCRIPT && s.productImage() != null) {
            out.add(s.productImage());
        } else if (stage == Stage.FILM && s.film() != null) {
            out.add(s.film().video());
        }
        return out;
    }

    /**
     * {@code session} without board {@code board}'s part of the results {@code stage} reads directly (its first
     * frame, its line, its clip…), or null when {@code stage} reads nothing per board.
     */
    public static FilmSession withoutInputsOf(Stage stage, int board, FilmSession session) {
        FilmSession.Builder b = session.toBuilder();
        boolean removed = false;
        for (Stage d : stage.dependsOn()) {
            switch (d) {
                case FIRST_FRAME_DESCRIPTION -> b.frames(session.frames().stream().filter(f -> f.board() != board).toList());
                case FIRST_FRAME_IMAGE -> b.firstFrames(without(session.firstFrames(), board));
                case VIDEO_DESCRIPTION -> b.cameras(session.cameras().stream().filter(c -> c.board() != board).toList());
                case VIDEO -> b.clips(without(session.clips(), board));
                case LINE -> b.lines(session.lines().stream().filter(l -> l.board() != board).toList());
                case AUDIO -> b.voices(without(session.voices(), board));
                default -> {
                    continue;
                }
            }
            removed = true;
        }
        return removed ? b.build() : null;
    }

    /** Clears what {@code item} (-1: every item) of {@code stage} produced, and marks it not complete. */
    private static FilmSession.Builder clear(FilmSession.Builder b, FilmSession s, Stage stage, int item) {
        b.uncomplete(stage);
        switch (stage) {
            case TOPIC -> b.topic(null);
            case SCRIPT -> b.script(null).productInsight(null).productImage(null);
            case STORYBOARD -> b.boards(List.of());
            case ROLE_DESCRIPTION -> b.roles(List.of());
            case ROLE_IMAGE -> {
                Map<String, MediaAsset> left = new java.util.LinkedHashMap<>(s.roleImages());
                if (item < 0) {
                    left.clear();
                } else {
                    left.remove(s.roles().get(item).name());
                }
                b.roleImages(left);
            }
            case FIRST_FRAME_DESCRIPTION -> b.frames(List.of());
            case FIRST_FRAME_IMAGE -> b.firstFrames(without(s.firstFrames(), item));
            case VIDEO_DESCRIPTION -> b.cameras(List.of());
            case VIDEO -> b.clips(without(s.clips(), item));
            case LINE -> b.lines(List.of());
            case AUDIO -> b.voices(without(s.voices(), item));
            case FILM -> b.film(null);
        }
        return b;
    }

    private static Map<Integer, MediaAsset> without(Map<Integer, MediaAsset> m, int item) {
        Map<Integer, MediaAsset> left = new TreeMap<>(m);
        if (item < 0) {
            left.clear();
        } else {
            left.remove(item);
        }
        return left;
    }

    private static byte[] clipBytes(int i) {
        byte[] head = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        byte[] bytes = Arrays.copyOf(head, head.length + 64);
        Arrays.fill(bytes, head.length, bytes.length, (byte) ('a' + i));
        return bytes;
    }

    private static MediaAsset stored(Storage storage, String name, byte[] bytes, String type, Double seconds) {
        String key = ID + "/" + name;
        var o = storage.put(key, bytes, type);
        return new MediaAsset(storage.link(key, KitStageContext.LINK_TTL), type, key, o.sizeBytes(), seconds, null,
                null);
    }
}
