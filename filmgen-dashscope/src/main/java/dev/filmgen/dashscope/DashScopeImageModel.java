package dev.filmgen.dashscope;

import com.alibaba.dashscope.aigc.imagegeneration.ImageGenerationMessage;
import com.alibaba.dashscope.aigc.imagegeneration.ImageGenerationParam;
import com.alibaba.dashscope.aigc.imagesynthesis.ImageSynthesisParam;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversation;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversationParam;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversationResult;
import com.alibaba.dashscope.common.MultiModalMessage;
import dev.filmgen.dashscope.internal.AsyncTasks;
import dev.filmgen.dashscope.internal.ClientSettings;
import dev.filmgen.dashscope.internal.DashScopeErrors;
import dev.filmgen.dashscope.internal.ImageFamily;
import dev.filmgen.dashscope.internal.ImageSizes;
import dev.filmgen.dashscope.internal.Json;
import dev.filmgen.dashscope.internal.MediaUrls;
import dev.filmgen.dashscope.internal.Options;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.TaskJournal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures from Bailian: wan text-to-image (async task + poll) when there are no references or the model
 * takes none, and reference-aware models (wan2.5-i2i, wan2.6/2.7-image, qwen-image-edit) when the request
 * carries role portraits or the product photo. The result is the service's URL (valid 24 h).
 */
public final class DashScopeImageModel implements ImageModel, CatalogFacts {
    private static final Logger LOG = LoggerFactory.getLogger(DashScopeImageModel.class);
    private final ClientSettings settings;
    private final DashScopeErrors errors;
    private final AsyncTasks tasks;

    DashScopeImageModel(ClientSettings settings) {
        this.settings = settings;
        this.errors = new DashScopeErrors(settings);
        this.tasks = new AsyncTasks(settings, errors);
    }

    @Override
    public DashScopeRegion region() {
        return settings.region();
    }

    @Override
    public MediaAsset generate(ImageRequest request, TaskJournal journal) {
        ImageFamily family = ImageFamily.of(request.model());
        String what = request.model() + " image" + (request.purpose() == null ? "" : " for " + request.purpose());
        List<String> refs = references(request, family, what);
        String size = ImageSizes.sizeFor(request.model(), request.width(), request.height());
        List<String> urls;
        switch (family) {
            case WAN_I2I:
                urls = Json.strings(tasks.run(synthesis(request, size, refs), "image2image", "image-synthesis",
                        journal, settings.imageDeadline(), what), "results", "url");
                break;
            case WAN_IMAGE_MESSAGES:
            case WAN_IMAGE_MESSAGES_OPEN:
                urls = Json.choiceImages(tasks.run(generation(request, size, refs), "image-generation", "generation",
                        journal, settings.imageDeadline(), what));
                break;
            case QWEN_EDIT:
                urls = edit(request, size, refs, what);
                break;
            default:
                urls = Json.strings(tasks.run(synthesis(request, size, List.of()), "text2image", "image-synthesis",
                        journal, settings.imageDeadline(), what), "results", "url");
        }
        if (urls.isEmpty()) {
            throw errors.malformed(what, "the finished task has no image URL", null);
        }
        String[] wh = size.split("\\*");
        return MediaAsset.of(URI.create(urls.get(0)), "image/png")
                .withSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
    }

    private List<String> references(ImageRequest request, ImageFamily family, String what) {
        if (!family.acceptsReferences()) {
            if (!request.references().isEmpty()) {
                LOG.debug("{}: ignoring {} reference picture(s); {} takes none", what, request.references().size(),
                        request.model());
            }
            return List.of();
        }
        if (request.references().size() < family.minReferences()) {
            throw new InvalidInputException(what + ": " + request.model() + " edits reference pictures and needs at least "
                    + family.minReferences() + "; configure a text-to-image model such as wan2.2-t2i-plus for this stage");
        }
        List<String> refs = new ArrayList<>();
        for (MediaAsset ref : request.references()) {
            if (refs.size() == family.maxReferences()) {
                LOG.debug("{}: {} takes at most {} references; dropping the rest", what, request.model(),
                        family.maxReferences());
                break;
            }
            refs.add(MediaUrls.forService(ref, inlineChars(request.model()), what + " reference " + (refs.size() + 1)));
        }
        return refs;
    }

    private ImageSynthesisParam synthesis(ImageRequest r, String size, List<String> refs) {
        ImageSynthesisParam.ImageSynthesisParamBuilder<?, ?> b = ImageSynthesisParam.builder()
                .apiKey(settings.apiKey()).model(r.model()).prompt(r.prompt()).n(1).size(size)
                .seed(Options.seed(r.seed()))
                .promptExtend(Options.bool(r.options(), "prompt_extend"))
                .watermark(Options.bool(r.options(), "watermark"));
        if (r.negativePrompt() != null && !r.negativePrompt().isBlank()) {
            b.negativePrompt(r.negativePrompt());
        }
        if (!refs.isEmpty()) {
            b.images(refs);
        }
        return b.build();
    }

    private ImageGenerationParam generation(ImageRequest r, String size, List<String> refs) {
        List<Map<String, Object>> content = new ArrayList<>();
        content.add(Map.of("text", r.prompt()));
        refs.forEach(u -> content.add(Map.of("image", u)));
        return ImageGenerationParam.builder()
                .apiKey(settings.apiKey()).model(r.model())
                .message(ImageGenerationMessage.builder().role("user").content(content).build())
                .enableInterleave(false).n(1).size(size).seed(Options.seed(r.seed()))
                .negativePrompt(blankToNull(r.negativePrompt()))
                .promptExtend(Options.bool(r.options(), "prompt_extend"))
                .watermark(Options.bool(r.options(), "watermark"))
                .build();
    }

    private List<String> edit(ImageRequest r, String size, List<String> refs, String what) {
        List<Map<String, Object>> content = new ArrayList<>();
        refs.forEach(u -> content.add(Map.of("image", u)));
        content.add(Map.of("text", r.prompt()));
        MultiModalConversationParam param = MultiModalConversationParam.builder()
                .apiKey(settings.apiKey()).model(r.model())
                .message(MultiModalMessage.builder().role("user").content(content).build())
                .n(1).size(size).seed(Options.seed(r.seed()))
                .negativePrompt(blankToNull(r.negativePrompt()))
                .promptExtend(Options.bool(r.options(), "prompt_extend"))
                .watermark(Options.bool(r.options(), "watermark"))
                .build();
        MultiModalConversationResult result;
        try {
            result = new MultiModalConversation("http", settings.baseUrl(), settings.connectionOptions()).call(param);
        } catch (Exception e) {
            throw errors.map(what, e);
        }
        List<String> urls = new ArrayList<>();
        if (result != null && result.getOutput() != null && result.getOutput().getChoices() != null) {
            result.getOutput().getChoices().forEach(c -> {
                if (c.getMessage() != null && c.getMessage().getContent() != null) {
                    c.getMessage().getContent().forEach(m -> {
                        Object img = m.get("image");
                        if (img != null) {
                            urls.add(img.toString());
                        }
                    });
                }
            });
        }
        return urls;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Largest data URI for {@code model}: its documented limit, or the host's lower cap. */
    private long inlineChars(String model) {
        return Math.min(settings.maxInlineBytes(), DashScopeCatalog.inlineLimitOf(model));
    }
}
