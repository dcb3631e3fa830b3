package dev.filmgen.agentscope.internal;

import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import io.agentscope.core.message.ToolResultBlock;
import io.agentscope.core.tool.ToolEmitter;
import java.util.Locale;

/**
 * Streams a turn's progress through the tool emitter, one short line per started or finished stage, failure and
 * notice (hooks and chunk callbacks see them; the model sees only the final result).
 */
final class Progress implements FilmListener {
    private final ToolEmitter emitter;

    Progress(ToolEmitter emitter) {
        this.emitter = emitter;
    }

    @Override
    public void onEvent(FilmEvent event) {
        String line = null;
        if (event instanceof FilmEvent.StageStarted s) {
            line = s.stage() + " started" + (s.items() > 1 ? " (" + s.items() + " items)" : "");
        } else if (event instanceof FilmEvent.StageDone d) {
            line = d.stage() + " done in " + String.format(Locale.ROOT, "%.1f", d.elapsedMillis() / 1000.0) + " s";
        } else if (event instanceof FilmEvent.StageFailed f) {
            line = f.stage() + (f.board() >= 0 ? " board " + (f.board() + 1) : "") + " failed: " + f.message();
        } else if (event instanceof FilmEvent.Notice n) {
            line = "note: " + n.message();
        }
        if (line != null) {
            emitter.emit(ToolResultBlock.text(line));
        }
    }
}
