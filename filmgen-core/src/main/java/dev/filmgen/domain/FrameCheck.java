package dev.filmgen.domain;

import java.util.List;

/**
 * Every picture made for one board's first frame and which one was kept: best of N, judged by a vision model.
 *
 * @param candidates the pictures in the order they were made
 * @param chosen index of the kept candidate
 * @param judge the vision model that judged them, or null when none did
 * @param minScore the score a candidate needed to stop making more
 */
public record FrameCheck(List<FrameCandidate> candidates, int chosen, String judge, double minScore) {
    public FrameCheck {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty() || chosen < 0 || chosen >= candidates.size()) {
            throw new IllegalArgumentException("chosen " + chosen + " is not one of " + candidates.size()
                    + " candidate(s)");
        }
    }

    /** The kept candidate. */
    public FrameCandidate kept() {
        return candidates.get(chosen);
    }

    /** The kept candidate's score, or null when it has none. */
    public Double score() {
        return kept().score();
    }
}
