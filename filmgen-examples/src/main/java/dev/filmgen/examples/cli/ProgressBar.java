package dev.filmgen.examples.cli;

import dev.filmgen.cost.FilmCost;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import dev.filmgen.stage.Stage;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Renders a turn's events on stderr: a redrawn one-line bar on a terminal (stage, boards done,
 * elapsed, and what a call is waiting for while it waits for a model's quota), plain lines otherwise, and
 * every notice and failure on its own line. Quota waits print as lines only when not on a terminal, at most once
 * per model and reason every few seconds, so a run held back by a per-minute quota never looks hung. Once a priced
 * call was paid for, the bar and the stage lines also show what the turn has spent so far.
 */
final class ProgressBar implements FilmListener {
    private static final int WIDTH = 28;
    private static final long WAIT_LINE_GAP_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private String stage = "";
    private int done;
    private int total;
    private int boardsDone;
    private int boards;
    private boolean dirty;
    private String waiting;
    private BigDecimal spent = BigDecimal.ZERO;
    private final java.util.Map<String, Long> lastWaitLine = new java.util.HashMap<>();

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void onEvent(FilmEvent event) {
        if (event instanceof FilmEvent.StageStarted s) {
            stage = s.stage().wireName();
            if (s.stage() == Stage.VIDEO) {
                boards = s.items();
            }
            if (!terminal) {
                line(String.format(Locale.ROOT, "%6s  %s ...", elapsed(), stage));
            }
        } else if (event instanceof FilmEvent.Progress p) {
            done = p.done();
            total = p.total();
            waiting = null;
        } else if (event instanceof FilmEvent.QuotaWait w) {
            waiting = w.describe();
            long now = System.nanoTime();
            Long last = lastWaitLine.get(w.model() + "/" + w.reason());
            if (!terminal && (last == null || now - last > WAIT_LINE_GAP_NANOS)) {
                lastWaitLine.put(w.model() + "/" + w.reason(), now);
                line(String.format(Locale.ROOT, "%6s  %s: %s", elapsed(), w.stage(), w.describe()));
            }
        } else if (event instanceof FilmEvent.Charged c && c.yuan() != null) {
            spent = spent.add(c.yuan());
        } else if (event instanceof FilmEvent.ItemDone i && i.stage() == Stage.VIDEO) {
            boardsDone++;
        } else if (event instanceof FilmEvent.StageFailed f) {
            String where = f.stage() + (f.board() >= 0 ? " board " + (f.board() + 1) : "");
            line("  failed: " + (f.message().startsWith(where) ? f.message() : where + ": " + f.message()));
        } else if (event instanceof FilmEvent.Notice n) {
            line("  note: " + n.stage() + ": " + n.message());
        } else if (event instanceof FilmEvent.StageDone d && !terminal) {
            line(String.format(Locale.ROOT, "%6s  %s done (%.1f s%s)", elapsed(), d.stage(), d.elapsedMillis() / 1000.0,
                    spent.signum() > 0 ? ", " + FilmCost.yuan(spent) + " spent so far" : ""));
        }
        if (terminal) {
            draw();
        }
    }

    /** Ends the bar's line so later output starts clean. */
    synchronized void finish() {
        if (terminal && dirty) {
            out.println();
            dirty = false;
        }
    }

    private void draw() {
        double f = total == 0 ? 0 : Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(f * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String clips = boards > 0 ? String.format(Locale.ROOT, "  clips %d/%d", boardsDone, boards) : "";
        String wait = waiting == null ? "" : "  " + waiting;
        String cost = spent.signum() > 0 ? "  " + FilmCost.yuan(spent) : "";
        out.print(String.format(Locale.ROOT, "\r\033[K[%s] %3d%%  %-22s%s  %s%s%s ", bar, Math.round(f * 100), stage,
                clips, elapsed(), cost, wait));
        out.flush();
        dirty = true;
    }

    private void line(String text) {
        if (terminal && dirty) {
            out.print("\r\033[K");
        }
        out.println(text);
        dirty = false;
    }

    private String elapsed() {
        long s = (System.nanoTime() - start) / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
