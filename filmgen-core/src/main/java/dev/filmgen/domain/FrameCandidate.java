package dev.filmgen.domain;

import java.util.Objects;

/**
 * One picture made for a board's first frame, with the judge's verdict on it.
 *
 * @param picture the stored picture
 * @param model the picture model that made it
 * @param verdict the judge's verdict, or null when it was not judged (no judge, or the judge failed)
 * @param note why it has no verdict, or what else happened to it, or null
 */
public record FrameCandidate(MediaAsset picture, String model, FrameVerdict verdict, String note) {
    public FrameCandidate {
        Objects.requireNonNull(picture, "picture");
    }

    /** The verdict's score, or null. */
    public Double score() {
        return verdict == null ? null : verdict.score();
    }
}
