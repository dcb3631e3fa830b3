package dev.filmgen.dashscope;

import com.alibaba.dashscope.aigc.videosynthesis.VideoSynthesisParam;
import com.google.gson.JsonObject;
import dev.filmgen.dashscope.internal.AsyncTasks;
import dev.filmgen.dashscope.internal.ClientSettings;
import dev.filmgen.dashscope.internal.DashScopeErrors;
import dev.filmgen.dashscope.internal.Json;
import dev.filmgen.dashscope.internal.MediaUrls;
import dev.filmgen.dashscope.internal.Options;
import dev.filmgen.dashscope.internal.VideoLimits;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VideoRequest;
import java.net.URI;

/**
 * Clips from Bailian image-to-video models (wan2.2-i2v-plus and its successors): an async task on
 * {@code video-generation/video-synthesis} from the board's first frame, polled to the end. The first frame
 * goes as its http(s) URL, or inline as a data URI when it is a local file within the size limit.
 */
public final class DashScopeVideoModel implements VideoModel, CatalogFacts {
    private final ClientSettings settings;
    private final DashScopeErrors errors;
    private final AsyncTasks tasks;

    DashScopeVideoModel(ClientSettings settings) {
        this.settings = settings;
        this.errors = new DashScopeErrors(settings);
        this.tasks = new AsyncTasks(settings, errors);
    }

    @Override
    public DashScopeRegion region() {
        return settings.region();
    }

    @Override
    public MediaAsset generate(VideoRequest r, TaskJournal journal) {
        String what = r.model() + " clip" + (r.purpose() == null ? "" : " for " + r.purpose());
        String frame = journal.pendingTaskId().isPresent() ? null
                : MediaUrls.forService(r.firstFrame(), inlineChars(r.model()), what + " first frame");
        int duration = VideoLimits.duration(r.model(), r.durationSeconds());
        VideoSynthesisParam.VideoSynthesisParamBuilder<?, ?> b = VideoSynthesisParam.builder()
                .apiKey(settings.apiKey()).model(r.model()).prompt(r.prompt()).imgUrl(frame)
                .resolution(VideoLimits.resolution(r.model(), r.resolution()))
                .duration(duration)
                .seed(Options.seed(r.seed()))
                .promptExtend(Options.bool(r.options(), "prompt_extend"))
                .watermark(Options.bool(r.options(), "watermark"));
        String negative = Options.string(r.options(), "negative_prompt");
        if (negative != null && !negative.isBlank()) {
            b.negativePrompt(negative);
        }
        JsonObject output = tasks.run(b.build(), "video-generation", "video-synthesis", journal,
                settings.videoDeadline(), what);
        String url = Json.string(output, "video_url");
        if (url == null || url.isBlank()) {
            throw errors.malformed(what, "the finished task has no output.video_url", null);
        }
        return MediaAsset.of(URI.create(url), "video/mp4").withDuration(duration);
    }

    /** Largest data URI for {@code model}: its documented limit, or the host's lower cap. */
    private long inlineChars(String model) {
        return Math.min(settings.maxInlineBytes(), DashScopeCatalog.inlineLimitOf(model));
    }
}
