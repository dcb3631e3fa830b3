package dev.filmgen.agentscope.internal;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.agentscope.FilmSettings;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.FilmSession;
import io.agentscope.core.message.ToolResultBlock;
import io.agentscope.core.tool.AgentTool;
import io.agentscope.core.tool.ToolCallParam;
import io.agentscope.core.tool.ToolEmitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Mono;

/**
 * {@code make_ad_film}: a new topic (with an optional product photo URL) made into a whole film, or a session made
 * whole again (resumed after a failure, or re-made for a new topic reusing what still fits).
 */
public final class MakeAdFilmTool implements AgentTool {
    private final Variants variants;
    private final ExecutorService pool;

    public MakeAdFilmTool(Variants variants, ExecutorService pool) {
        this.variants = variants;
        this.pool = pool;
    }

    @Override
    public String getName() {
        return "make_ad_film";
    }

    @Override
    public String getDescription() {
        return "Makes a finished e-commerce advertising short video (script, storyboard, characters, pictures, "
                + "clips, voice-over, subtitles, MP4) for a product theme, and returns the film's link and a session "
                + "id. Takes minutes. Give session_id to finish or re-make an earlier film; use edit_ad_film for "
                + "changes to one board, character or line.";
    }

    @Override
    public Map<String, Object> getParameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("topic", ToolSupport.property("string", "The product theme in the seller's words, e.g. 百炼椰汁"));
        p.put("product_image_url", ToolSupport.property("string",
                "Optional public http(s) URL of a product photo (PNG, JPEG or WebP) to feature"));
        Map<String, Object> boards = ToolSupport.property("integer", "Optional number of storyboard shots, 1-12");
        boards.put("minimum", 1);
        boards.put("maximum", 12);
        p.put("boards", boards);
        Map<String, Object> aspect = ToolSupport.property("string", "Optional picture shape");
        aspect.put("enum", List.of("16:9", "9:16", "1:1"));
        p.put("aspect", aspect);
        p.put("session_id", ToolSupport.property("string",
                "Optional session of an earlier make_ad_film call to finish or re-make"));
        return ToolSupport.object(p, List.of("topic"));
    }

    @Override
    public Mono<ToolResultBlock> callAsync(ToolCallParam param) {
        Map<String, Object> in = param.getInput();
        ToolEmitter emitter = param.getEmitter();
        return ToolSupport.offload(pool, () -> run(in, emitter));
    }

    private ToolResultBlock run(Map<String, Object> in, ToolEmitter emitter) {
        String sessionId = null;
        try {
            String topic = Args.text(in, "topic", true);
            String image = Args.text(in, "product_image_url", false);
            Integer boards = Args.integer(in, "boards", 1, 12);
            String aspect = Args.oneOf(in, "aspect", FilmSettings.ASPECTS);
            sessionId = Args.text(in, "session_id", false);
            List<String> notes = new ArrayList<>();
            FilmSettings asked = new FilmSettings(boards != null ? boards : variants.defaults().boards(),
                    aspect != null ? aspect : variants.defaults().aspect());
            FilmSettings settings = asked;
            if (sessionId != null) {
                settings = Variants.settingsOf(sessionId).orElse(variants.defaults());
                if ((boards != null || aspect != null) && !settings.equals(asked)) {
                    notes.add("Session " + sessionId + " keeps the settings it was made with (" + settings.boards()
                            + " boards, " + settings.aspect() + ").");
                }
            } else {
                sessionId = variants.newSessionId(settings);
            }
            if (!variants.choosable() && (boards != null || aspect != null)) {
                notes.add("This tool's agent has fixed settings; boards and aspect were not applied.");
            }
            FilmAgent agent = variants.agent(settings);
            Progress progress = new Progress(emitter);
            Optional<FilmSession> existing = agent.session(sessionId);
            List<TurnResult> turns = new ArrayList<>();
            if (existing.isEmpty() || existing.get().topic() == null) {
                turns.add(agent.run(sessionId, new Intent.NewTopic(topic, image), progress));
            } else if (!topic.equals(existing.get().topic().text()) || image != null) {
                turns.add(agent.chat(sessionId, new UserMessage(topic, null, image), progress));
            }
            TurnResult last = agent.run(sessionId, new Intent.MakeFilm(), progress);
            turns.add(last);
            if (!last.ok() || last.session().film() == null) {
                List<dev.filmgen.error.StageFailedException> failures = new ArrayList<>();
                turns.forEach(t -> failures.addAll(t.failures()));
                return ToolResultBlock.error(Summaries.failed(sessionId, failures));
            }
            int made = turns.stream().mapToInt(t -> t.calls().totalMade()).sum();
            int reused = turns.stream().mapToInt(t -> t.calls().totalReused()).sum();
            return ToolResultBlock.text(Summaries.made(last, made, reused, settings, notes));
        } catch (IllegalArgumentException | FilmgenException e) {
            return ToolResultBlock.error(e.getMessage() + (sessionId == null ? ""
                    : " (session " + sessionId + "; what was made is saved)"));
        }
    }
}
