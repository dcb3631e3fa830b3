package dev.filmgen.examples.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The batch's progress on stderr: one line per product as it ends (what happened, how long, where the film is)
 * and an overall bar, redrawn in place on a terminal and printed after each product line otherwise.
 */
final class BatchProgress {
    private static final int WIDTH = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private int ended;
    private int made;
    private int failed;
    private int running;
    private boolean barShown;

    BatchProgress(PrintStream err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    synchronized void started() {
        running++;
        if (terminal) {
            bar();
        }
    }

    synchronized void ended(Outcome o, boolean wasRunning) {
        if (wasRunning) {
            running = Math.max(0, running - 1);
        }
        ended++;
        if (o.hasFilm()) {
            made++;
        } else {
            failed++;
        }
        clearBar();
        Product p = o.product();
        String what = switch (o.status()) {
            case MADE -> String.format(Locale.ROOT, "made in %.1f s -> %s", o.seconds(), o.film());
            case SKIPPED -> "already made: " + o.film();
            case MADE_ELSEWHERE -> "made by another machine" + (o.film() != null ? " -> " + o.film()
                    : ": " + o.error());
            case FAILED -> "failed: " + o.error();
            case INVALID -> "bad row: " + o.error();
        };
        err.println(String.format(Locale.ROOT, "[%" + digits() + "d/%d] row %d (%s) %s", ended, total, p.row(),
                p.id(), what));
        bar();
    }

    synchronized void finish() {
        if (terminal && barShown) {
            err.println();
            barShown = false;
        }
    }

    private void bar() {
        int filled = total == 0 ? WIDTH : ended * WIDTH / total;
        String line = String.format(Locale.ROOT, "batch [%s%s] %d/%d rows: %d with a film, %d without, %d running",
                "#".repeat(filled), ".".repeat(WIDTH - filled), ended, total, made, failed, running);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            err.flush();
            barShown = true;
        } else {
            err.println(line);
        }
    }

    private void clearBar() {
        if (terminal && barShown) {
            err.print("\r\u001b[K");
            barShown = false;
        }
    }

    private int digits() {
        return Integer.toString(total).length();
    }
}
