package dev.filmgen.stage;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The twelve stages of a film, with the dependency graph between them. The declaration order is
 * the order the reference demo walks them in ({@code NextStage} follows it); the graph is what the
 * runner schedules on.
 *
 * <pre>
 * Topic → Script → Storyboard ─┬→ RoleDescription → RoleImage ───────────────┐
 *                              │       └→ FirstFrameDescription → FirstFrameImage[i] → Video[i] ─┐
 *                              │                  └→ VideoDescription ────────────┘              │
 *                              └→ Line → Audio[i] ─────────────────────────────────────────────┴→ Film
 * </pre>
 */
public enum Stage {
    /** Stores the user's theme and optional product photo. */
    TOPIC("Topic", Granularity.WHOLE),
    /** Writes the ad script (and, without a photo, paints a product picture). */
    SCRIPT("Script", Granularity.WHOLE, TOPIC),
    /** Breaks the script into boards: characters, picture, narration. */
    STORYBOARD("Storyboard", Granularity.WHOLE, SCRIPT),
    /** Describes each character: look, clothes, setting. */
    ROLE_DESCRIPTION("RoleDescription", Granularity.WHOLE, STORYBOARD),
    /** Paints one portrait per role. */
    ROLE_IMAGE("RoleImage", Granularity.PER_ROLE, ROLE_DESCRIPTION),
    /** Describes the first frame of each board. */
    FIRST_FRAME_DESCRIPTION("FirstFrameDescription", Granularity.WHOLE, ROLE_DESCRIPTION),
    /** Paints the first frame of each board, using role portraits and the product photo as references. */
    FIRST_FRAME_IMAGE("FirstFrameImage", Granularity.PER_BOARD, FIRST_FRAME_DESCRIPTION, ROLE_IMAGE),
    /** Describes the camera movement of each board. */
    VIDEO_DESCRIPTION("VideoDescription", Granularity.WHOLE, FIRST_FRAME_DESCRIPTION),
    /** Animates each board's first frame into a clip. */
    VIDEO("Video", Granularity.PER_BOARD, FIRST_FRAME_IMAGE, VIDEO_DESCRIPTION),
    /** Assigns each board's narration to a speaker and a voice. */
    LINE("Line", Granularity.WHOLE, STORYBOARD),
    /** Speaks each board's line. */
    AUDIO("Audio", Granularity.PER_BOARD, LINE),
    /** Composes clips, voices and subtitles into the finished film. */
    FILM("Film", Granularity.WHOLE, VIDEO, AUDIO);

    /** How many work items a stage splits into. */
    public enum Granularity {
        /** One item for the whole stage. */
        WHOLE,
        /** One item per board; item i depends on item i of per-board upstream stages. */
        PER_BOARD,
        /** One item per role. */
        PER_ROLE
    }

    private final String wireName;
    private final Granularity granularity;
    private final List<Stage> dependsOn;

    Stage(String wireName, Granularity granularity, Stage... dependsOn) {
        this.wireName = wireName;
        this.granularity = granularity;
        this.dependsOn = List.of(dependsOn);
    }

    /** The name used on the wire and in the demo's config ({@code "FirstFrameImage"}). */
    public String wireName() {
        return wireName;
    }

    public Granularity granularity() {
        return granularity;
    }

    /** The stages whose results this stage reads directly. */
    public List<Stage> dependsOn() {
        return dependsOn;
    }

    /** Every stage this one depends on, directly or not. */
    public Set<Stage> upstream() {
        Set<Stage> all = EnumSet.noneOf(Stage.class);
        for (Stage d : dependsOn) {
            all.add(d);
            all.addAll(d.upstream());
        }
        return all;
    }

    /** Every stage that depends on this one, directly or not (what re-running this stage invalidates). */
    public Set<Stage> downstream() {
        Set<Stage> all = EnumSet.noneOf(Stage.class);
        for (Stage s : values()) {
            if (s.upstream().contains(this)) {
                all.add(s);
            }
        }
        return all;
    }

    /** The stage after this one in the demo's linear order, if any. */
    public Optional<Stage> next() {
        int i = ordinal() + 1;
        return i < values().length ? Optional.of(values()[i]) : Optional.empty();
    }

    /**
     * Looks a stage up by its wire name ({@code "RoleImage"}), its enum name ({@code "ROLE_IMAGE"}) or
     * a lower-case/snake variant ({@code "role_image"}); empty when nothing matches.
     */
    public static Optional<Stage> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.wireName.toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
