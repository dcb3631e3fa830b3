package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallKind;
import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.cost.Charge;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.ContentRejectedException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.error.TaskFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.model.Billed;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Units;
import dev.filmgen.model.Usage;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.TaskRecord;
import dev.filmgen.stage.Stage;
import dev.filmgen.handler.StageContext;
import dev.filmgen.storage.Storage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The runner's {@link StageContext}: model calls with reuse, limits, journaling and storage, for one item. */
final class RunnerContext implements StageContext {
    private static final Logger LOG = LoggerFactory.getLogger(RunnerContext.class);

    private final RunnerDeps deps;
    private final SessionKeeper keeper;
    private final TurnState state;
    private final Stage stage;
    private final int item;
    private final FilmSession snapshot;
    private final boolean bypassReuse;
    private final Path workDir;
    private final Composer countingComposer;
    private final ProviderTerms terms;
    private int made;
    private int reused;
    private MediaAsset lastAsset;

    RunnerContext(RunnerDeps deps, SessionKeeper keeper, TurnState state, Stage stage, int item,
                  boolean bypassReuse, Path workDir) {
        this.deps = deps;
        this.keeper = keeper;
        this.state = state;
        this.stage = stage;
        this.item = item;
        this.snapshot = keeper.current();
        this.bypassReuse = bypassReuse;
        this.workDir = workDir;
        this.terms = new ProviderTerms(deps, stage, snapshot);
        this.countingComposer = (spec, out) -> {
            checkCancelled();
            state.countMade(CallKind.COMPOSE);
            synchronized (this) {
                made++;
            }
            return deps.composer().compose(spec, out);
        };
    }

    @Override public String sessionId() { return state.sessionId(); }
    @Override public Stage stage() { return stage; }
    @Override public int item() { return item; }
    @Override public FilmSession session() { return snapshot; }
    @Override public FilmConfig config() { return deps.config(); }
    @Override public Storage storage() { return deps.storage(); }
    @Override public Composer composer() { return countingComposer; }
    @Override public MediaProbe probe() { return deps.probe(); }
    @Override public Path workDir() { return workDir; }

    @Override
    public Optional<List<String>> voices(String speechModel) {
        return deps.models().facts(Stage.AUDIO, CallKind.SPEECH).voices(speechModel);
    }

    @Override
    public TextResponse chat(TextRequest request) {
        return chat(request, true);
    }

    /** A text call; {@code stream} says whether its deltas are told as this stage's text. */
    private TextResponse chat(TextRequest request, boolean stream) {
        String key = ReuseKeys.of(CallKind.TEXT, request);
        Optional<TaskRecord> hit = reusable(key);
        if (hit.isPresent() && hit.get().text() != null) {
            noteReused(CallKind.TEXT, key, request.model());
            if (stream) {
                emit(new FilmEvent.TextDelta(sessionId(), stage, hit.get().text()));
            }
            return new TextResponse(hit.get().text(), Usage.NONE);
        }
        var port = deps.models().text(stage);
        BigDecimal reservation = reserve(CallKind.TEXT, request.model(), request);
        TextResponse r;
        try {
            noteMade(CallKind.TEXT);
            r = deps.gateway().call(CallKind.TEXT, request.model(), terms.quota(CallKind.TEXT, request.model()),
                    () -> port.chat(request, d -> {
                        if (stream) {
                            emit(new FilmEvent.TextDelta(sessionId(), stage, d));
                        }
                    }),
                    e -> notice("the " + stage + " text restarts after a failed attempt: " + e.getMessage()), terms.waits(sessionId(), this::emit));
        } catch (RuntimeException | Error e) {
            state.bill().released(reservation);
            throw e;
        }
        Usage u = r.usage() == null ? Usage.NONE : r.usage();
        Units reported = u.inputTokens() + u.outputTokens() == 0 ? Units.NONE
                : Units.tokens(u.inputTokens(), u.outputTokens());
        Charge charge = charge(key, CallKind.TEXT, request.model(), request, reported, r.text(), reservation);
        record(new TaskRecord(key, stage, item, TaskRecord.Status.DONE, null, r.text(), null, deps.clock().instant()),
                charge);
        return r;
    }

    @Override
    public String vision(VisionRequest request) {
        String key = ReuseKeys.of(CallKind.VISION, request);
        Optional<TaskRecord> hit = reusable(key);
        if (hit.isPresent() && hit.get().text() != null) {
            noteReused(CallKind.VISION, key, request.model());
            return hit.get().text();
        }
        var port = deps.models().vision(stage);
        BigDecimal reservation = reserve(CallKind.VISION, request.model(), request);
        Billed<String> answer;
        try {
            noteMade(CallKind.VISION);
            answer = deps.gateway().call(CallKind.VISION, request.model(), terms.quota(CallKind.VISION, request.model()),
                    () -> port.describeBilled(terms.ready(request)), null, terms.waits(sessionId(), this::emit));
        } catch (RuntimeException | Error e) {
            state.bill().released(reservation);
            throw e;
        }
        String text = answer.value();
        Charge charge = charge(key, CallKind.VISION, request.model(), request, answer.units(), text, reservation);
        record(new TaskRecord(key, stage, item, TaskRecord.Status.DONE, null, text, null, deps.clock().instant()),
                charge);
        return text;
    }

    @Override
    public MediaAsset image(ImageRequest request) {
        var port = deps.models().image(stage);
        return media(CallKind.IMAGE, request, request.model(), request.purpose(), request.prompt(),
                (r, j) -> port.generateBilled(j.pendingTaskId().isPresent() ? r : terms.ready(r), j),
                ImageRequest::withPrompt);
    }

    @Override
    public MediaAsset video(VideoRequest request) {
        var port = deps.models().video(stage);
        return media(CallKind.VIDEO, request, request.model(), request.purpose(), request.prompt(),
                (r, j) -> port.generateBilled(j.pendingTaskId().isPresent() ? r : terms.ready(r), j),
                VideoRequest::withPrompt);
    }

    @Override
    public MediaAsset speech(SpeechRequest request) {
        var port = deps.models().speech(stage);
        return media(CallKind.SPEECH, request, request.model(), request.purpose(), null,
                (r, j) -> port.speakBilled(r), null);
    }

    /**
     * One paid media call with reuse, journal, limits and copy into storage. A remote task that failed on the
     * provider's side is submitted once more (a failed task is not billed); a prompt refused by the content check is
     * rewritten once by the film's text model ({@code withPrompt} null: not rewritable).
     */
    private <R> MediaAsset media(CallKind kind, R request, String model, String purpose, String prompt,
                                 BiFunction<R, TaskJournal, Billed<MediaAsset>> port, BiFunction<R, String, R> withPrompt) {
        String key = ReuseKeys.of(kind, request);
        Optional<TaskRecord> hit = reusable(key);
        if (hit.isPresent() && hit.get().asset() != null) {
            noteReused(kind, key, model);
            synchronized (this) {
                lastAsset = hit.get().asset();
            }
            return hit.get().asset();
        }
        BigDecimal reservation = reserve(kind, model, request);
        try {
            noteMade(kind);
        } catch (RuntimeException e) {
            state.bill().released(reservation);
            throw e;
        }
        TaskJournal journal = new Journal(key);
        AtomicReference<R> current = new AtomicReference<>(request);
        boolean[] resubmitted = {false};
        Supplier<Billed<MediaAsset>> call = () -> {
            while (true) {
                Optional<String> pending = journal.pendingTaskId();
                try {
                    return port.apply(current.get(), journal);
                } catch (ProviderRejectedException e) {
                    boolean expired = pending.isPresent() && ProviderRejectedException.TASK_EXPIRED.equals(e.code());
                    if (expired) {
                        forgetExpired(kind, key, pending.get(), e);
                        continue;
                    }
                    if (journal.pendingTaskId().isPresent()) {
                        forgetTask(key);  // a task that ended FAILED must never be polled again, by this turn or a later one
                    }
                    if (!(e instanceof TaskFailedException) || resubmitted[0]) {
                        throw e;
                    }
                    resubmitted[0] = true;
                    notice(ModerationRewrite.describe(purpose) + ": the remote task " + ((TaskFailedException) e).taskId()
                            + " failed on the provider's side (" + e.code() + "); a failed task is not billed, so it is"
                            + " submitted once more");
                }
            }
        };
        Billed<MediaAsset> produced;
        boolean rewritten = false;
        try {
            try {
                produced = deps.gateway().call(kind, model, terms.quota(kind, model), call, null,
                        terms.waits(sessionId(), this::emit));
            } catch (ContentRejectedException e) {
                String other = withPrompt == null || prompt == null ? null : rewrite(prompt, e, purpose);
                if (other == null) {
                    throw e;
                }
                rewritten = true;
                current.set(withPrompt.apply(current.get(), other));
                produced = deps.gateway().call(kind, model, terms.quota(kind, model), call, null,
                        terms.waits(sessionId(), this::emit));
            }
        } catch (ContentRejectedException refused) {
            state.bill().released(reservation);
            throw new StageFailedException(stage, item, ModerationRewrite.describe(purpose) + " was refused by the"
                    + " provider's content check (" + refused.code() + ")" + (rewritten ? " even after its prompt was"
                    + " rewritten once" : "") + "; nothing was made. Change what the board shows (edit its"
                    + " description or line) and make it again", refused);
        } catch (RuntimeException | Error e) {
            state.bill().released(reservation);
            throw e;
        }
        // the provider has billed the call from here on, whatever happens to the copy
        Charge charge = charge(key, kind, model, request, produced.units(), produced.value(), reservation);
        checkCancelled();
        MediaAsset stored = deps.importer().importPaid(produced.value(), storageKey(purpose, key), stage + " " + item,
                this::checkCancelled);
        if (kind == CallKind.SPEECH && deps.probe() != null && stored.durationSeconds() == null) {
            stored = stored.withDuration(deps.probe().probe(localFile(stored)).durationSeconds());
            if (produced.units().isEmpty()) {
                charge = new Charge(key, stage, item, model, kind, CallEstimates.after(request, stored), true,
                        charge.at());
            }
        }
        record(new TaskRecord(key, stage, item, TaskRecord.Status.DONE, null, null, stored, deps.clock().instant()),
                charge);
        synchronized (this) {
            lastAsset = stored;
        }
        return stored;
    }

    /**
     * Asks the film's text model, once, for {@code prompt} without what the content check refused, and tells the user;
     * null when no usable prompt came back.
     */
    private String rewrite(String prompt, ContentRejectedException e, String purpose) {
        notice(ModerationRewrite.describe(purpose) + " was refused by the provider's content check (" + e.code()
                + "); its prompt is rewritten once to leave out what may have been flagged, then made again");
        TextRequest ask = ModerationRewrite.request(deps.config().stage(Stage.SCRIPT).model(), prompt, e.code(),
                language(), purpose);
        String rewritten = ModerationRewrite.prompt(chat(ask, false).text());
        LOG.info("{} {}: prompt rewritten after {}: {}", stage, item, e.code(), rewritten);
        return rewritten == null || rewritten.equals(prompt) ? null : rewritten;
    }

    /** Drops the journal record of {@code key}, so the next attempt submits a new task instead of polling a dead one. */
    private void forgetTask(String key) {
        save(b -> {
            Map<String, TaskRecord> tasks = new LinkedHashMap<>(keeper.current().tasks());
            tasks.remove(key);
            return b.tasks(tasks);
        });
    }

    /**
     * A resumed remote task the provider no longer knows (ids expire): drop its journal record so the next attempt
     * submits afresh, once, and say so, since that is a new paid call.
     */
    private void forgetExpired(CallKind kind, String key, String taskId, ProviderRejectedException e) {
        LOG.warn("{} {}: remote task {} expired ({}); submitting it again, which is a new paid call", stage, item,
                taskId, e.getMessage());
        forgetTask(key);
        noteMade(kind);
        notice("the remote " + stage + " task " + taskId + " (item " + (item + 1) + ") started earlier had expired at"
                + " the provider, so it is submitted again: a new paid call");
    }

    private String storageKey(String purpose, String key) {
        String name = purpose == null || purpose.isBlank() ? "item-" + item : purpose;
        name = name.replaceAll("[^A-Za-z0-9._-]", "-").toLowerCase(Locale.ROOT);
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
        String suffix = bypassReuse ? "-r" + Long.toString(deps.clock().millis(), 36) : "";
        return sessionId() + "/" + stage.wireName() + "/" + name + "-" + key.substring(0, 12) + suffix;
    }

    private Optional<TaskRecord> reusable(String key) {
        if (bypassReuse) {
            return Optional.empty();
        }
        TaskRecord r = keeper.current().tasks().get(key);
        return r != null && r.status() == TaskRecord.Status.DONE ? Optional.of(r) : Optional.empty();
    }

    private void record(TaskRecord r) {
        save(b -> b.task(r));
    }

    /** Saves a finished call's result and its charge in one write, then tells listeners what it cost. */
    private void record(TaskRecord r, Charge charge) {
        save(b -> b.task(r).charge(charge));
        emit(new FilmEvent.Charged(sessionId(), charge.stage(), charge.item(), charge.model(),
                charge.kind().name().toLowerCase(Locale.ROOT), charge.units().counts(), charge.estimated(),
                state.bill().price(charge.model(), charge.units()).orElse(null)));
    }

    /**
     * Reserves a call's estimated cost on the turn's bill before it is made; a call that would pass the budget is
     * refused here ({@link dev.filmgen.error.BudgetExceededException}) and nothing is paid.
     */
    private BigDecimal reserve(CallKind kind, String model, Object request) {
        checkCancelled();
        TurnBill bill = state.bill();
        Optional<BigDecimal> estimate = bill.price(model, CallEstimates.before(request));
        if (estimate.isEmpty() && bill.budget() != null && bill.firstUnpriced(model)) {
            notice("model " + model + " has no price, so its calls are not counted against the budget of "
                    + dev.filmgen.cost.FilmCost.yuan(bill.budget()) + " (add it to config \"prices\")");
        }
        return bill.reserve(estimate.orElse(BigDecimal.ZERO), callName(kind, model));
    }

    /** The charge of a finished call: the provider's units, else ours counted from the request and result. */
    private Charge charge(String key, CallKind kind, String model, Object request, Units reported, Object result,
                          BigDecimal reservation) {
        boolean estimated = reported.isEmpty();
        Units units = estimated ? CallEstimates.after(request, result) : reported;
        Charge c = new Charge(key, stage, item, model, kind, units, estimated, deps.clock().instant());
        state.bill().paid(reservation, c);
        return c;
    }

    /** The charge that first paid for a reused result; one with no units when the session predates the ledger. */
    private Charge original(String key, CallKind kind, String model) {
        List<Charge> all = keeper.current().charges();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).key().equals(key)) {
                return all.get(i);
            }
        }
        return new Charge(key, stage, item, model, kind, Units.NONE, true, deps.clock().instant());
    }

    private String callName(CallKind kind, String model) {
        String where = item < 0 ? "" : stage.granularity() == Stage.Granularity.PER_ROLE ? " role " + (item + 1)
                : " board " + (item + 1);
        return "the " + stage + where + " " + kind.name().toLowerCase(Locale.ROOT) + " call to " + model;
    }

    /** Saves a change unless the turn already ended without this item (watchdog): a late save would race the next turn. */
    private void save(UnaryOperator<FilmSession.Builder> change) {
        if (state.abandoned()) {
            throw new CancelledException(stage + " item " + item + " finished after its turn was given up; not saved");
        }
        keeper.update(change);
    }

    private synchronized void noteMade(CallKind kind) {
        checkCancelled();
        made++;
        state.countMade(kind);
    }

    private synchronized void noteReused(CallKind kind, String key, String model) {
        reused++;
        state.countReused(kind);
        state.bill().reused(original(key, kind, model));
    }

    synchronized boolean allReused() {
        return reused > 0 && made == 0;
    }

    synchronized MediaAsset lastAsset() {
        return lastAsset;
    }

    @Override
    public Path localFile(MediaAsset asset) {
        return deps.importer().localFile(asset, workDir);
    }

    @Override
    public void update(UnaryOperator<FilmSession.Builder> change) {
        save(change);
    }

    @Override
    public void emit(FilmEvent event) {
        if (event instanceof FilmEvent.Notice) { // handlers quote exceptions in notices: clients get them cleaned
            FilmEvent.Notice n = (FilmEvent.Notice) event;
            String clean = ErrorCodes.cleanForClient(n.message());
            if (!clean.equals(n.message())) {
                LOG.info("notice [request {}]: {}", state.requestId(), n.message());
                event = new FilmEvent.Notice(n.sessionId(), n.stage(), clean
                        + (state.requestId() == null ? "" : " (request " + state.requestId() + ")"));
            }
        }
        state.emit(event);
    }

    @Override
    public void checkCancelled() {
        state.checkCancelled();
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException(stage + " item " + item + " interrupted");
        }
    }

    /** Journals remote task ids for one reuse key into the session, saved at once. */
    private final class Journal implements TaskJournal {
        private final String key;

        Journal(String key) {
            this.key = key;
        }

        @Override
        public Optional<String> pendingTaskId() {
            if (bypassReuse) {
                return Optional.empty();
            }
            TaskRecord r = keeper.current().tasks().get(key);
            return r != null && r.status() == TaskRecord.Status.SUBMITTED ? Optional.ofNullable(r.remoteTaskId())
                    : Optional.empty();
        }

        @Override
        public void submitted(String taskId) {
            LOG.info("{} {} submitted remote task {}", stage, item, taskId);
            record(new TaskRecord(key, stage, item, TaskRecord.Status.SUBMITTED, taskId, null, null,
                    deps.clock().instant()));
        }
    }
}
