package dev.filmgen.internal.runner;

import dev.filmgen.stage.Stage;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of one turn's item graph: which stages are expanded into items, the status of every item,
 * and the dependency rules that say when an item may start or can never start.
 */
final class ItemGraph {
    /** Where one item stands. */
    enum Status { WAIT, RUNNING, DONE, FAILED, BLOCKED, CANCELLED }

    /** One stage of the turn, expanded into its items. */
    static final class StageRun {
        final Stage stage;
        final Status[] items;
        final long expandedAt = System.nanoTime();
        long start = -1;
        long end = -1;
        boolean finished;

        StageRun(Stage stage, int count) {
            this.stage = stage;
            this.items = new Status[count];
            Arrays.fill(items, Status.WAIT);
        }

        boolean success() {
            return Arrays.stream(items).allMatch(s -> s == Status.DONE);
        }

        boolean allTerminal() {
            return Arrays.stream(items).noneMatch(s -> s == Status.WAIT || s == Status.RUNNING);
        }
    }

    final Set<Stage> plan;
    final Map<Stage, StageRun> runs = new EnumMap<>(Stage.class);
    final Set<Stage> blocked = EnumSet.noneOf(Stage.class);

    ItemGraph(Set<Stage> plan) {
        this.plan = plan.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(plan);
    }

    /** TRUE when every whole-stage ancestor in the plan succeeded, FALSE while waiting, null when one failed. */
    Boolean expandable(Stage s) {
        boolean ready = true;
        for (Stage u : s.upstream()) {
            if (!plan.contains(u) || u.granularity() != Stage.Granularity.WHOLE) {
                continue;
            }
            StageRun r = runs.get(u);
            if (blocked.contains(u) || (r != null && r.finished && !r.success())) {
                return null;
            }
            if (r == null || !r.finished) {
                ready = false;
            }
        }
        return ready;
    }

    /**
     * DONE when item i of s can start, WAIT while an input is pending, BLOCKED when an input failed. A
     * per-board item reads the same board of per-board inputs and the whole of every other input; inputs
     * outside the plan were checked complete before the turn.
     */
    Status inputs(Stage s, int i) {
        Status result = Status.DONE;
        for (Stage d : s.dependsOn()) {
            if (!plan.contains(d)) {
                continue;
            }
            StageRun r = runs.get(d);
            if (r == null) {
                if (blocked.contains(d)) {
                    return Status.BLOCKED;
                }
                result = Status.WAIT;
            } else if (d.granularity() == Stage.Granularity.PER_BOARD
                    && s.granularity() == Stage.Granularity.PER_BOARD) {
                Status st = i < r.items.length ? r.items[i] : Status.BLOCKED;
                if (st == Status.FAILED || st == Status.BLOCKED || st == Status.CANCELLED) {
                    return Status.BLOCKED;
                }
                if (st != Status.DONE) {
                    result = Status.WAIT;
                }
            } else if (r.finished) {
                if (!r.success()) {
                    return Status.BLOCKED;
                }
            } else {
                result = Status.WAIT;
            }
        }
        return result;
    }
}
