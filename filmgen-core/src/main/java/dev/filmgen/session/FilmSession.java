package dev.filmgen.session;

import dev.filmgen.cost.Charge;
import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.Film;
import dev.filmgen.domain.FrameCheck;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Script;
import dev.filmgen.domain.Topic;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.stage.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a film's conversation has produced so far, as one immutable, versioned value. Stores
 * save it as JSON; the version is checked on save so two turns never silently overwrite each other.
 * Change it with {@link #toBuilder()}.
 *
 * @param id session id
 * @param version incremented by every successful save
 * @param createdAt creation time
 * @param updatedAt last save
 * @param topic the user's theme, or null before the Topic stage
 * @param productInsight what a vision model said about the product photo, or null
 * @param productImage the product picture (the user's photo, or one painted from the script), or null
 * @param script the script, or null
 * @param boards the storyboard
 * @param roles the characters
 * @param roleImages portrait by role name
 * @param frames first-frame descriptions, one per board
 * @param firstFrames first-frame pictures by board index
 * @param cameras camera descriptions, one per board
 * @param clips clips by board index
 * @param lines spoken lines, one per board
 * @param voices narration audio by board index
 * @param film the finished film, or null
 * @param completed stages whose every item is done
 * @param tasks reuse cache and pending remote tasks, by input hash
 * @param turns the conversation so far
 * @param charges every model call that reached a provider, with the units it billed (the cost ledger)
 * @param frameChecks per board, every first-frame candidate with its verdict and which one was kept
 */
public record FilmSession(String id, long version, Instant createdAt, Instant updatedAt,
                          Topic topic, String productInsight, MediaAsset productImage, Script script,
                          List<Board> boards, List<Role> roles, Map<String, MediaAsset> roleImages,
                          List<FrameDescription> frames, Map<Integer, MediaAsset> firstFrames,
                          List<CameraDescription> cameras, Map<Integer, MediaAsset> clips,
                          List<Line> lines, Map<Integer, MediaAsset> voices, Film film,
                          Set<Stage> completed, Map<String, TaskRecord> tasks, List<Turn> turns,
                          List<Charge> charges, Map<Integer, FrameCheck> frameChecks) {

    public FilmSession {
        Objects.requireNonNull(id, "id");
        boards = boards == null ? List.of() : List.copyOf(boards);
        roles = roles == null ? List.of() : List.copyOf(roles);
        roleImages = roleImages == null ? Map.of() : unmodifiable(new LinkedHashMap<>(roleImages));
        frames = frames == null ? List.of() : List.copyOf(frames);
        firstFrames = firstFrames == null ? Map.of() : unmodifiable(new TreeMap<>(firstFrames));
        cameras = cameras == null ? List.of() : List.copyOf(cameras);
        clips = clips == null ? Map.of() : unmodifiable(new TreeMap<>(clips));
        lines = lines == null ? List.of() : List.copyOf(lines);
        voices = voices == null ? Map.of() : unmodifiable(new TreeMap<>(voices));
        completed = completed == null || completed.isEmpty()
                ? java.util.Collections.unmodifiableSet(EnumSet.noneOf(Stage.class))
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(completed));
        tasks = tasks == null ? Map.of() : unmodifiable(new LinkedHashMap<>(tasks));
        turns = turns == null ? List.of() : List.copyOf(turns);
        charges = charges == null ? List.of() : List.copyOf(charges);
        frameChecks = frameChecks == null ? Map.of() : unmodifiable(new TreeMap<>(frameChecks));
    }

    private static <K, V> Map<K, V> unmodifiable(Map<K, V> m) {
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A new, empty session (version 0, never saved). */
    public static FilmSession create(String id, Instant now) {
        return new FilmSession(id, 0, now, now, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** The film's language, {@code zh} or {@code en}: its topic's ({@link Topic#language()}); {@code en} without one. */
    public String language() {
        return topic == null ? Languages.EN : topic.language();
    }

    /** The highest stage in the demo's order that is complete, if any ({@code RepeatStage} reruns it). */
    public java.util.Optional<Stage> highestCompleted() {
        Stage best = null;
        for (Stage s : completed) {
            if (best == null || s.ordinal() > best.ordinal()) {
                best = s;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy used to derive a changed session. */
    public static final class Builder {
        private final String id;
        private long version;
        private final Instant createdAt;
        private Instant updatedAt;
        private Topic topic;
        private String productInsight;
        private MediaAsset productImage;
        private Script script;
        private List<Board> boards;
        private List<Role> roles;
        private Map<String, MediaAsset> roleImages;
        private List<FrameDescription> frames;
        private Map<Integer, MediaAsset> firstFrames;
        private List<CameraDescription> cameras;
        private Map<Integer, MediaAsset> clips;
        private List<Line> lines;
        private Map<Integer, MediaAsset> voices;
        private Film film;
        private Set<Stage> completed;
        private Map<String, TaskRecord> tasks;
        private List<Turn> turns;
        private List<Charge> charges;
        private Map<Integer, FrameCheck> frameChecks;

        private Builder(FilmSession s) {
            id = s.id;
            version = s.version;
            createdAt = s.createdAt;
            updatedAt = s.updatedAt;
            topic = s.topic;
            productInsight = s.productInsight;
            productImage = s.productImage;
            script = s.script;
            boards = new ArrayList<>(s.boards);
            roles = new ArrayList<>(s.roles);
            roleImages = new LinkedHashMap<>(s.roleImages);
            frames = new ArrayList<>(s.frames);
            firstFrames = new TreeMap<>(s.firstFrames);
            cameras = new ArrayList<>(s.cameras);
            clips = new TreeMap<>(s.clips);
            lines = new ArrayList<>(s.lines);
            voices = new TreeMap<>(s.voices);
            film = s.film;
            completed = s.completed.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(s.completed);
            tasks = new LinkedHashMap<>(s.tasks);
            turns = new ArrayList<>(s.turns);
            charges = new ArrayList<>(s.charges);
            frameChecks = new TreeMap<>(s.frameChecks);
        }

        public Builder version(long v) { version = v; return this; }
        public Builder updatedAt(Instant t) { updatedAt = t; return this; }
        public Builder topic(Topic t) { topic = t; return this; }
        public Builder productInsight(String t) { productInsight = t; return this; }
        public Builder productImage(MediaAsset a) { productImage = a; return this; }
        public Builder script(Script s) { script = s; return this; }
        public Builder boards(List<Board> b) { boards = new ArrayList<>(b); return this; }
        public Builder roles(List<Role> r) { roles = new ArrayList<>(r); return this; }
        public Builder roleImages(Map<String, MediaAsset> m) { roleImages = new LinkedHashMap<>(m); return this; }
        public Builder roleImage(String role, MediaAsset a) { roleImages.put(role, a); return this; }
        public Builder frames(List<FrameDescription> f) { frames = new ArrayList<>(f); return this; }
        public Builder firstFrames(Map<Integer, MediaAsset> m) { firstFrames = new TreeMap<>(m); return this; }
        public Builder firstFrame(int board, MediaAsset a) { firstFrames.put(board, a); return this; }
        public Builder cameras(List<CameraDescription> c) { cameras = new ArrayList<>(c); return this; }
        public Builder clips(Map<Integer, MediaAsset> m) { clips = new TreeMap<>(m); return this; }
        public Builder clip(int board, MediaAsset a) { clips.put(board, a); return this; }
        public Builder lines(List<Line> l) { lines = new ArrayList<>(l); return this; }
        public Builder voices(Map<Integer, MediaAsset> m) { voices = new TreeMap<>(m); return this; }
        public Builder voice(int board, MediaAsset a) { voices.put(board, a); return this; }
        public Builder film(Film f) { film = f; return this; }
        public Builder completed(Set<Stage> c) {
            completed = c.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(c);
            return this;
        }
        public Builder complete(Stage s) { completed.add(s); return this; }
        public Builder uncomplete(Stage s) { completed.remove(s); return this; }
        public Builder tasks(Map<String, TaskRecord> t) { tasks = new LinkedHashMap<>(t); return this; }
        public Builder task(TaskRecord t) { tasks.put(t.key(), t); return this; }
        public Builder turns(List<Turn> t) { turns = new ArrayList<>(t); return this; }
        public Builder turn(Turn t) { turns.add(t); return this; }
        public Builder charges(List<Charge> c) { charges = new ArrayList<>(c); return this; }
        public Builder charge(Charge c) { charges.add(c); return this; }
        public Builder frameChecks(Map<Integer, FrameCheck> m) { frameChecks = new TreeMap<>(m); return this; }
        public Builder frameCheck(int board, FrameCheck c) { frameChecks.put(board, c); return this; }

        public FilmSession build() {
            return new FilmSession(id, version, createdAt, updatedAt, topic, productInsight, productImage, script,
                    boards, roles, roleImages, frames, firstFrames, cameras, clips, lines, voices, film,
                    completed, tasks, turns, charges, frameChecks);
        }
    }
}
