package dev.filmgen.event;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.stage.Stage;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What a turn reports while it runs: one closed family of records, each with a stable
 * {@link #type()} name, rendered as SSE, a progress bar or logs.
 */
public sealed interface FilmEvent {

    /** The session the event belongs to. */
    String sessionId();

    /** A stable, snake_case name of the event kind. */
    String type();

    /**
     * A stage began.
     *
     * @param items how many items (boards, roles) it will produce; 1 for whole stages
     */
    record StageStarted(String sessionId, Stage stage, int items) implements FilmEvent {
        @Override
        public String type() {
            return "stage_started";
        }
    }

    /** A piece of streamed model text for a stage. */
    record TextDelta(String sessionId, Stage stage, String text) implements FilmEvent {
        @Override
        public String type() {
            return "text_delta";
        }
    }

    /**
     * One item of a stage is done: a role portrait, a first frame, a clip, a voice.
     *
     * @param index board or role index (zero-based)
     * @param name what it is ({@code "Mother"}, {@code "board 2"})
     * @param asset the produced media (stored copy), or null for text items
     * @param reused whether it came from the reuse cache without a model call
     */
    record ItemDone(String sessionId, Stage stage, int index, String name, MediaAsset asset, boolean reused)
            implements FilmEvent {
        @Override
        public String type() {
            return "item_done";
        }
    }

    /**
     * A vision model judged a board's first frame; sent before the board's {@link ItemDone}, which carries the kept
     * picture.
     *
     * @param board zero-based board index
     * @param score the kept picture's score 0–10, or null when it could not be judged
     * @param candidates how many pictures were made for the board
     * @param sentence the judge's one-sentence reason for the kept picture (or why there is no score)
     */
    record FrameJudged(String sessionId, Stage stage, int board, Double score, int candidates, String sentence)
            implements FilmEvent {
        @Override
        public String type() {
            return "frame_judged";
        }
    }

    /**
     * A paid model call returned and its charge was saved in the session's ledger: the same entry that
     * {@code TurnResult.cost()} sums at the end of the turn, told as it happens (for cost meters and usage lines).
     * Reused results are not charged and send none.
     *
     * @param stage the stage that made the call
     * @param item board or role index, or -1 for a whole-stage call
     * @param model the model called
     * @param kind {@code text}, {@code image}, {@code video}, {@code speech} or {@code vision}
     * @param units what the provider billed, unit name to count ({@code images}, {@code input_tokens},
     *        {@code video_seconds_720P}, {@code characters}…)
     * @param estimated true when the provider reported no usage and the units were counted from request and result
     * @param yuan the call's price in CNY at the turn's price list, or null when the model has no price
     */
    record Charged(String sessionId, Stage stage, int item, String model, String kind, Map<String, Long> units,
                   boolean estimated, BigDecimal yuan) implements FilmEvent {
        public Charged {
            units = units == null ? Map.of() : Map.copyOf(units);
        }

        @Override
        public String type() {
            return "charged";
        }
    }

    /**
     * A stage finished.
     *
     * @param text the stage's result as text for the user (script, boards, lines…), or null for media stages
     * @param elapsedMillis wall time of the stage
     */
    record StageDone(String sessionId, Stage stage, String text, long elapsedMillis) implements FilmEvent {
        @Override
        public String type() {
            return "stage_done";
        }
    }

    /**
     * A stage (or one board of it) failed after its retries.
     *
     * @param board zero-based board index, or -1 for the whole stage
     * @param code a short error code ({@code rate_limited}, {@code provider_rejected}…)
     * @param message what went wrong
     */
    record StageFailed(String sessionId, Stage stage, int board, String code, String message)
            implements FilmEvent {
        @Override
        public String type() {
            return "stage_failed";
        }
    }

    /**
     * Overall progress of the turn.
     *
     * @param stage the stage that just advanced
     * @param done work items finished in this turn
     * @param total work items planned in this turn
     */
    record Progress(String sessionId, Stage stage, int done, int total) implements FilmEvent {
        @Override
        public String type() {
            return "progress";
        }

        /** Fraction done, 0 to 1. */
        public double fraction() {
            return total == 0 ? 1.0 : Math.min(1.0, (double) done / total);
        }
    }

    /**
     * A model call is waiting for its quota, not hung: every slot of the model is busy, its next allowed start is
     * later, or the provider refused a call for its quota and the model backs off.
     *
     * @param stage the stage whose call waits
     * @param model the model waited for
     * @param reason {@code in_flight}, {@code rate} or {@code backoff}
     * @param quota the quota kept to, for example {@code "10 per minute, 1 at once"}
     * @param waitMillis how long the wait should last, or -1 when unknown (until a slot is free)
     */
    record QuotaWait(String sessionId, Stage stage, String model, String reason, String quota, long waitMillis)
            implements FilmEvent {
        @Override
        public String type() {
            return "quota_wait";
        }

        /** One line for people: {@code "waiting 6 s for the qwen-tts quota (10 per minute, 1 at once)"}. */
        public String describe() {
            String time = waitMillis < 0 ? "" : " " + Math.max(1, Math.round(waitMillis / 1000.0)) + " s";
            switch (reason) {
                case "in_flight":
                    return "waiting for a free " + model + " slot (" + quota + ")";
                case "backoff":
                    return model + " refused a call for its quota; waiting" + time + " (" + quota + ")";
                default:
                    return "waiting" + time + " for the " + model + " quota (" + quota + ")";
            }
        }
    }

    /** Something the user should know that is not a failure (a silent voice track, a clamped setting). */
    record Notice(String sessionId, Stage stage, String message) implements FilmEvent {
        @Override
        public String type() {
            return "notice";
        }
    }

    /** The turn's closing assistant message: what was done, what will be re-made and why. */
    record Reply(String sessionId, String text) implements FilmEvent {
        @Override
        public String type() {
            return "reply";
        }
    }
}
