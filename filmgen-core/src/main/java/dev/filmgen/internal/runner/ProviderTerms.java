package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallKind;
import dev.filmgen.calls.CallLimiter;
import dev.filmgen.calls.Quota;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.internal.text.PromptFit;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a call must respect of its model's provider, for one stage item: the quota (documented, with the stage's own
 * {@code rps}/{@code rpm}/{@code max_in_flight} laid over it), the prompt caps (prompts trimmed keeping subject,
 * product and style), and pictures it can reach ({@link ReachableMedia}).
 */
final class ProviderTerms {
    /** The quota of a model whose provider documents none: 5 starts per second, 4 at once. */
    static final Quota UNDOCUMENTED = Quota.perSecond(5, 4);
    private static final Logger LOG = LoggerFactory.getLogger(ProviderTerms.class);

    private final RunnerDeps deps;
    private final Stage stage;
    private final FilmSession session;
    private final ReachableMedia reachable;

    ProviderTerms(RunnerDeps deps, Stage stage, FilmSession session) {
        this.deps = deps;
        this.stage = stage;
        this.session = session;
        this.reachable = new ReachableMedia(deps.storage());
    }

    /** The quota a call of {@code kind} to {@code model} keeps to. */
    Quota quota(CallKind kind, String model) {
        Quota documented = facts(kind).quota(model).orElse(UNDOCUMENTED);
        return limitsOf(model).limits().applyTo(documented);
    }

    /** Every wait for a quota as a {@link FilmEvent.QuotaWait} for {@code emit}. */
    CallLimiter.WaitListener waits(String sessionId, Consumer<FilmEvent> emit) {
        return w -> emit.accept(new FilmEvent.QuotaWait(sessionId, stage, w.model(),
                w.reason().name().toLowerCase(Locale.ROOT), w.quota().describe(),
                w.expected() == null ? -1 : w.expected().toMillis()));
    }

    /** The request as the provider takes it: prompts within their caps, reference pictures it can reach. */
    ImageRequest ready(ImageRequest r) {
        List<MediaAsset> refs = new ArrayList<>();
        for (MediaAsset ref : r.references()) {
            refs.add(reach(CallKind.IMAGE, r.model(), ref, r.purpose() + " reference " + (refs.size() + 1)));
        }
        ModelFacts f = facts(CallKind.IMAGE);
        return new ImageRequest(r.model(), fit(r.prompt(), f.promptCap(r.model()), r.purpose()),
                fit(r.negativePrompt(), f.negativePromptCap(r.model()), r.purpose() + " negative prompt"), r.width(),
                r.height(), refs, r.seed(), r.options(), r.purpose());
    }

    /** The request as the provider takes it: prompt within its cap, first frame it can reach. */
    VideoRequest ready(VideoRequest r) {
        ModelFacts f = facts(CallKind.VIDEO);
        Map<String, Object> options = new LinkedHashMap<>(r.options());
        Object negative = options.get("negative_prompt");
        if (negative != null) {
            options.put("negative_prompt", fit(negative.toString(), f.negativePromptCap(r.model()), r.purpose()));
        }
        return new VideoRequest(r.model(), reach(CallKind.VIDEO, r.model(), r.firstFrame(), r.purpose()
                + " first frame"), fit(r.prompt(), f.promptCap(r.model()), r.purpose()), r.resolution(),
                r.durationSeconds(), r.seed(), options, r.purpose());
    }

    /** The request with every picture where the provider can reach it. */
    VisionRequest ready(VisionRequest r) {
        List<MediaAsset> refs = new ArrayList<>();
        for (MediaAsset ref : r.references()) {
            refs.add(reach(CallKind.VISION, r.model(), ref, stage + " picture " + (refs.size() + 2)));
        }
        return new VisionRequest(r.model(), reach(CallKind.VISION, r.model(), r.image(), stage + " picture"),
                r.question(), refs);
    }

    private ModelFacts facts(CallKind kind) {
        return deps.models().facts(stage, kind);
    }

    private String fit(String prompt, OptionalInt cap, String what) {
        if (prompt == null || cap.isEmpty() || prompt.length() <= cap.getAsInt()) {
            return prompt;
        }
        List<String> keep = new ArrayList<>();
        if (session.script() != null) {
            keep.add(session.script().productName());
        }
        String fitted = PromptFit.fit(prompt, cap.getAsInt(), keep);
        LOG.info("{}: prompt shortened from {} to {} characters (the model takes {}), keeping subject, product and"
                + " style", what, prompt.length(), fitted.length(), cap.getAsInt());
        return fitted;
    }

    /** {@code asset} as {@code model} can reach it, when its provider fetches pictures itself; else unchanged. */
    private MediaAsset reach(CallKind kind, String model, MediaAsset asset, String what) {
        ModelFacts f = facts(kind);
        OptionalLong limit = f.inlineLimit(model);
        if (!f.needsReachableMedia(model) || limit.isEmpty()) {
            return asset;
        }
        return reachable.reach(asset, model, limit.getAsLong(), what);
    }

    /** The settings of the stage whose main model is {@code model}, preferring this stage. */
    private StageConfig limitsOf(String model) {
        StageConfig own = deps.config().stage(stage);
        if (model.equals(own.model())) {
            return own;
        }
        for (Stage s : Stage.values()) {
            if (model.equals(deps.config().stage(s).model())) {
                return deps.config().stage(s);
            }
        }
        return own;
    }
}
