package dev.filmgen.protocol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.protocol.internal.UsageTally;
import dev.filmgen.stage.Stage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the {@link FilmEvent}s of one turn into the AgentScope runtime's event stream (protocols.md
 * A5–A7): the response created and in progress, the stage's messages and contents numbered from 0, and
 * a final response that is {@code completed} or {@code failed} with an {@code error}. Not thread-safe:
 * one encoder per turn, fed from one thread. See docs/decisions.md (V2) for the mapping.
 */
public final class AgentScopeEncoder {
    private static final Set<Stage> TEXT_STAGES = EnumSet.of(Stage.SCRIPT, Stage.STORYBOARD, Stage.ROLE_DESCRIPTION,
            Stage.FIRST_FRAME_DESCRIPTION, Stage.VIDEO_DESCRIPTION, Stage.LINE);

    private final String sessionId;
    private final Function<MediaAsset, String> linker;
    private final Supplier<String> ids;
    private final Clock clock;
    private final String responseId;
    private final long createdAt;
    private final ArrayNode output = WireObjects.JSON.createArrayNode();
    private final Map<Stage, OpenText> open = new EnumMap<>(Stage.class);
    private final List<String> failures = new ArrayList<>();
    /** Model and reason of every quota wait already told (rate and slot waits are told once per turn). */
    private final Set<String> waitsTold = new java.util.HashSet<>();
    /** The judge's verdict of each board's kept first frame, sent with the picture. */
    private final Map<Integer, FilmEvent.FrameJudged> judged = new HashMap<>();
    private final UsageTally usage = new UsageTally();
    private String failureCode;
    private boolean filmSent;
    private int seq;

    /**
     * @param sessionId the request's session id (set on the final response)
     * @param linker turns a produced asset into the URL the client receives
     * @param ids makes the unique part of response and message ids (a UUID by default)
     * @param clock the time of {@code created_at} and {@code completed_at}
     */
    public AgentScopeEncoder(String sessionId, Function<MediaAsset, String> linker, Supplier<String> ids, Clock clock) {
        this.sessionId = sessionId;
        this.linker = Objects.requireNonNull(linker, "linker");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.responseId = "response_" + ids.get();
        this.createdAt = clock.instant().getEpochSecond();
    }

    /** An encoder with random UUID ids and the system clock. */
    public static AgentScopeEncoder of(String sessionId, Function<MediaAsset, String> linker) {
        return new AgentScopeEncoder(sessionId, linker, () -> UUID.randomUUID().toString(), Clock.systemUTC());
    }

    /** The two opening events: the response {@code created}, then {@code in_progress} (no sequence numbers). */
    public List<ObjectNode> open() {
        return List.of(response(null, "created", null, null), response(null, "in_progress", null, null));
    }

    /**
     * The wire events for one film event (often none, for example for progress). A quota wait becomes a text message
     * the first time a model waits for a slot or its rate in the turn, and every time the provider refused a call.
     */
    public List<ObjectNode> encode(FilmEvent event) {
        List<ObjectNode> out = new ArrayList<>();
        if (event instanceof FilmEvent.StageStarted) {
            Stage stage = ((FilmEvent.StageStarted) event).stage();
            if (TEXT_STAGES.contains(stage)) {
                openText(stage, out);
            }
        } else if (event instanceof FilmEvent.TextDelta) {
            FilmEvent.TextDelta d = (FilmEvent.TextDelta) event;
            if (!d.text().isEmpty()) {
                OpenText t = openText(d.stage(), out);
                t.text.append(d.text());
                out.add(numbered(WireObjects.content(null, "in_progress", "text", 0, true, t.id, "text",
                        TextNode.valueOf(d.text()))));
            }
        } else if (event instanceof FilmEvent.StageDone) {
            stageDone((FilmEvent.StageDone) event, out);
        } else if (event instanceof FilmEvent.ItemDone) {
            FilmEvent.ItemDone item = (FilmEvent.ItemDone) event;
            if (item.asset() != null) {
                filmSent |= item.stage() == Stage.FILM;
                FilmEvent.FrameJudged verdict = item.stage() == Stage.FIRST_FRAME_IMAGE
                        ? judged.remove(item.index()) : null;
                out.add(completed(MediaContents.of(item, linker.apply(item.asset()), verdict)));
            }
        } else if (event instanceof FilmEvent.FrameJudged) {
            FilmEvent.FrameJudged j = (FilmEvent.FrameJudged) event;
            judged.put(j.board(), j);
        } else if (event instanceof FilmEvent.Charged) {
            usage.add((FilmEvent.Charged) event);
        } else if (event instanceof FilmEvent.StageFailed) {
            FilmEvent.StageFailed f = (FilmEvent.StageFailed) event;
            failureCode = failureCode == null ? f.code() : failureCode;
            failures.add(f.stage() + (f.board() >= 0 ? " board " + (f.board() + 1) : "") + ": " + f.message());
        } else if (event instanceof FilmEvent.Notice) {
            out.add(completed(MediaContents.text(((FilmEvent.Notice) event).message())));
        } else if (event instanceof FilmEvent.QuotaWait) {
            FilmEvent.QuotaWait w = (FilmEvent.QuotaWait) event;
            if (w.reason().equals("backoff") || waitsTold.add(w.model() + "/" + w.reason())) {
                out.add(completed(MediaContents.text(w.describe())));
            }
        } else if (event instanceof FilmEvent.Reply) {
            out.add(completed(MediaContents.text(((FilmEvent.Reply) event).text())));
        }
        return out;
    }

    /** The id of the response this encoder writes ({@code response_…}); the turn's request id in the server log. */
    public String responseId() {
        return responseId;
    }

    /** Whether a stage failure was reported during the turn. */
    public boolean hasFailures() {
        return failureCode != null;
    }

    /**
     * The final response: {@code failed} with an error when a stage failed during the turn, else {@code completed}.
     * Its {@code usage} adds up the calls the turn paid for (tokens, units, {@code cost_cny}); null when none.
     */
    public ObjectNode finish() {
        if (failureCode != null) {
            return fail(failureCode, String.join("; ", failures));
        }
        return response(seq, "completed", null, clock.instant().getEpochSecond());
    }

    /** The final response of a turn that failed: status {@code failed} and {@code error {code, message}}. */
    public ObjectNode fail(String code, String message) {
        return response(seq, "failed", WireObjects.error(code, message), clock.instant().getEpochSecond());
    }

    private void stageDone(FilmEvent.StageDone done, List<ObjectNode> out) {
        if (done.stage() == Stage.TOPIC) {
            out.add(completed(null));
            return;
        }
        if (done.stage() == Stage.FILM) {
            if (!filmSent && done.text() != null && done.text().matches("https?://\\S+")) {
                filmSent = true;
                out.add(completed(MediaContents.film(done.text())));
            }
            return;
        }
        OpenText t = open.remove(done.stage());
        if (t == null && (done.text() == null || !TEXT_STAGES.contains(done.stage()))) {
            return;
        }
        if (t == null) {
            t = openText(done.stage(), out);
            open.remove(done.stage());
        }
        String full = done.text() != null ? done.text() : t.text.toString();
        out.add(numbered(WireObjects.content(null, "completed", "text", 0, false, t.id, "text", TextNode.valueOf(full))));
        ArrayNode stored = WireObjects.JSON.createArrayNode();
        stored.add(WireObjects.content(null, "in_progress", "text", null, null, null, "text", TextNode.valueOf(full)));
        ObjectNode msg = numbered(WireObjects.message(null, "completed", t.id, stored));
        output.add(msg);
        out.add(msg);
    }

    private OpenText openText(Stage stage, List<ObjectNode> out) {
        OpenText t = open.get(stage);
        if (t == null) {
            t = new OpenText("msg_" + ids.get());
            open.put(stage, t);
            out.add(numbered(WireObjects.message(null, "in_progress", t.id, null)));
        }
        return t;
    }

    /** A completed assistant message holding {@code contents} (built for its id), added to the output. */
    private ObjectNode completed(Function<String, ArrayNode> contents) {
        String id = "msg_" + ids.get();
        ObjectNode msg = numbered(WireObjects.message(null, "completed", id, contents == null ? null : contents.apply(id)));
        output.add(msg);
        return msg;
    }

    private ObjectNode numbered(ObjectNode event) {
        event.put("sequence_number", seq++);
        return event;
    }

    private ObjectNode response(Integer sequence, String status, ObjectNode error, Long completedAt) {
        boolean last = completedAt != null;
        return WireObjects.response(sequence, status, error, responseId, createdAt, completedAt,
                last && !output.isEmpty() ? output.deepCopy() : null, last ? usage.toJson() : null,
                last ? sessionId : null);
    }

    private static final class OpenText {
        final String id;
        final StringBuilder text = new StringBuilder();

        OpenText(String id) {
            this.id = id;
        }
    }
}
