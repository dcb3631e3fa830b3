package dev.filmgen.agentscope.internal;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.intent.Classifier;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.FilmSession;
import io.agentscope.core.message.ToolResultBlock;
import io.agentscope.core.tool.AgentTool;
import io.agentscope.core.tool.ToolCallParam;
import io.agentscope.core.tool.ToolEmitter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;

/**
 * {@code edit_ad_film}: one instruction in the seller's words ("把分镜2的旁白改成：清爽一夏", "make the second shot a
 * close-up") applied to a session; only what depends on the change is re-made, the film included. The tool reads the
 * instruction with its own {@link Classifier} (whatever the agent was built with), so an edit never silently turns
 * into a re-run; an instruction that names no change, or a new product, is answered with an error.
 */
public final class EditAdFilmTool implements AgentTool {
    private final Variants variants;
    private final ExecutorService pool;
    private final Classifier classifier;

    public EditAdFilmTool(Variants variants, ExecutorService pool, Classifier classifier) {
        this.variants = variants;
        this.pool = pool;
        this.classifier = classifier;
    }

    @Override
    public String getName() {
        return "edit_ad_film";
    }

    @Override
    public String getDescription() {
        return "Changes a film made by make_ad_film: one instruction such as a board's narration or picture, a "
                + "camera move, a character's look or a voice. Only what depends on the change is re-made; returns "
                + "the new film link.";
    }

    @Override
    public Map<String, Object> getParameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("session_id", ToolSupport.property("string", "The session id make_ad_film returned"));
        p.put("instruction", ToolSupport.property("string",
                "What to change, in the user's words, e.g. 把分镜2的旁白改成：清爽一夏"));
        return ToolSupport.object(p, List.of("session_id", "instruction"));
    }

    @Override
    public Mono<ToolResultBlock> callAsync(ToolCallParam param) {
        Map<String, Object> in = param.getInput();
        ToolEmitter emitter = param.getEmitter();
        return ToolSupport.offload(pool, () -> run(in, emitter));
    }

    private ToolResultBlock run(Map<String, Object> in, ToolEmitter emitter) {
        try {
            String sessionId = Args.text(in, "session_id", true);
            String instruction = Args.text(in, "instruction", true);
            FilmAgent agent = variants.agent(Variants.settingsOf(sessionId).orElse(variants.defaults()));
            Optional<FilmSession> session = agent.session(sessionId);
            if (session.isEmpty()) {
                return ToolResultBlock.error("no session '" + sessionId + "': make the film with make_ad_film first");
            }
            Intent intent = classifier.classify(UserMessage.of(instruction), session.get());
            if (intent instanceof Intent.Chat chat) {
                return ToolResultBlock.error("'" + instruction + "' names no change to the film. " + chat.reply());
            }
            if (intent instanceof Intent.NewTopic) {
                return ToolResultBlock.error("'" + instruction + "' reads as a new product: call make_ad_film for it");
            }
            TurnResult r = agent.run(sessionId, intent, new Progress(emitter));
            if (!r.ok()) {
                return ToolResultBlock.error(Summaries.failed(sessionId, r.failures()));
            }
            return ToolResultBlock.text(Summaries.edited(r));
        } catch (IllegalArgumentException | FilmgenException e) {
            return ToolResultBlock.error(e.getMessage());
        }
    }
}
