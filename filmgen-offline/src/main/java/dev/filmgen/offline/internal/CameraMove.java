package dev.filmgen.offline.internal;

import java.util.List;
import java.util.Locale;

/** The camera moves a camera description may name, in English and Chinese (the contract's list plus aliases). */
public enum CameraMove {
    PUSH_IN("push in", List.of("push in", "push-in", "zoom in", "dolly in", "推近", "推进", "推镜")),
    PULL_OUT("pull out", List.of("pull out", "pull-out", "pull back", "zoom out", "dolly out", "拉远", "拉镜", "后拉")),
    PAN_LEFT("pan left", List.of("pan left", "pans left", "左摇", "向左摇")),
    PAN_RIGHT("pan right", List.of("pan right", "pans right", "右摇", "向右摇")),
    TILT_UP("tilt up", List.of("tilt up", "tilts up", "上摇", "向上摇")),
    TILT_DOWN("tilt down", List.of("tilt down", "tilts down", "下摇", "向下摇")),
    STATIC("static", List.of("static", "locked-off", "locked off", "still camera", "固定"));

    private final String wire;
    private final List<String> words;

    CameraMove(String wire, List<String> words) {
        this.wire = wire;
        this.words = words;
    }

    /** The contract's English name ({@code push in}…). */
    public String wire() {
        return wire;
    }

    /** The move named earliest in a description; {@link #PUSH_IN} when none is named. */
    public static CameraMove parse(String description) {
        if (description == null) {
            return PUSH_IN;
        }
        String d = description.toLowerCase(Locale.ROOT);
        CameraMove best = PUSH_IN;
        int bestAt = Integer.MAX_VALUE;
        for (CameraMove m : values()) {
            for (String w : m.words) {
                int at = d.indexOf(w);
                if (at >= 0 && at < bestAt) {
                    best = m;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    /** The moves that suit a story beat, best first. */
    public static List<CameraMove> forBeat(String beat) {
        switch (beat) {
            case "hook":
                return List.of(PUSH_IN, PAN_RIGHT, TILT_DOWN);
            case "use":
                return List.of(PAN_LEFT, PUSH_IN, TILT_UP);
            case "benefit":
                return List.of(PULL_OUT, PAN_RIGHT, TILT_UP);
            default:
                return List.of(PUSH_IN, PULL_OUT, STATIC);
        }
    }
}
