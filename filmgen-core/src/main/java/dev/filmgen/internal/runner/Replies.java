package dev.filmgen.internal.runner;

import dev.filmgen.CallCounts;
import dev.filmgen.error.StageFailedException;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a turn's closing message: what was done, what was re-made and why, what failed. */
public final class Replies {
    private Replies() {
    }

    public static String of(Plan plan, GraphRunner.Report report, TurnState state) {
        if (plan.stages().isEmpty()) {
            return plan.explanation();
        }
        String head = capitalise(plan.explanation());
        StringBuilder sb = new StringBuilder(head);
        if (!head.endsWith(".") && !head.endsWith("。") && !head.endsWith("!") && !head.endsWith("?")) {
            sb.append('.');
        }
        if (!report.completed().isEmpty()) {
            sb.append(" Done: ").append(report.completed().stream().map(Object::toString)
                    .collect(Collectors.joining(", "))).append('.');
        }
        CallCounts c = state.counts();
        if (c.totalMade() + c.totalReused() > 0) {
            sb.append(" Model calls made: ").append(c.totalMade()).append(", earlier results reused: ")
                    .append(c.totalReused()).append('.');
        }
        List<StageFailedException> failures = state.failures();
        if (!failures.isEmpty()) {
            sb.append(" Failed: ").append(failures.stream().map(Throwable::getMessage)
                    .collect(Collectors.joining("; "))).append('.');
        }
        if (!report.notReached().isEmpty()) {
            sb.append(" Not finished: ").append(report.notReached()).append(
                    failures.isEmpty() ? "." : " (they wait for what failed; ask again to retry, finished items are kept).");
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
