package dev.filmgen.agentscope;

import dev.filmgen.FilmAgent;
import dev.filmgen.FilmAgentBuilder;
import dev.filmgen.agentscope.internal.EditAdFilmTool;
import dev.filmgen.agentscope.internal.MakeAdFilmTool;
import dev.filmgen.agentscope.internal.Variants;
import dev.filmgen.concurrent.DaemonThreadFactory;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.intent.Classifier;
import dev.filmgen.intent.RuleClassifier;
import io.agentscope.core.tool.AgentTool;
import io.agentscope.core.tool.Toolkit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * filmgen as AgentScope-Java tools: {@code make_ad_film} (topic, optional product image URL, boards, aspect, a
 * session to continue) runs the twelve stages and answers with the film's link and a short summary;
 * {@code edit_ad_film} (session, instruction) changes one board, character, line or voice and re-makes only what
 * depends on it. Both stream each finished stage through the framework's tool emitter (hooks and
 * {@code Toolkit.setChunkCallback} see it; the model does not). A film takes minutes with the real models: give the
 * agent a tool timeout to match ({@code ReActAgent.builder().toolExecutionConfig(...)}); a call that times out
 * leaves its turn running, and what it made is saved in the session the error names. {@code edit_ad_film} reads
 * instructions with the tools' own {@link Classifier} ({@link RuleClassifier} unless {@link Builder#classifier}
 * gives another, e.g. an {@code LlmClassifier}), whatever classifier the agents have, so every agent edits.
 *
 * <pre>{@code
 * FilmTools tools = FilmTools.builder()
 *         .agents(FilmAgent.builder().models(...).storage(...)..., config).build();
 * Toolkit toolkit = new Toolkit();
 * tools.registerWith(toolkit);
 * }</pre>
 */
public final class FilmTools implements AutoCloseable {
    private final Variants variants;
    private final ExecutorService turns;
    private final MakeAdFilmTool make;
    private final EditAdFilmTool edit;

    private FilmTools(Builder b) {
        this.variants = b.template != null ? Variants.fromTemplate(b.template, b.config, b.defaults)
                : Variants.fixed(b.agent, b.defaults);
        this.turns = Executors.newCachedThreadPool(new DaemonThreadFactory("filmgen-tool-"));
        this.make = new MakeAdFilmTool(variants, turns);
        this.edit = new EditAdFilmTool(variants, turns, b.classifier);
    }

    /** A builder; give it {@link Builder#agents(FilmAgentBuilder, FilmConfig)} or {@link Builder#agent(FilmAgent)}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The {@code make_ad_film} tool. */
    public AgentTool makeAdFilm() {
        return make;
    }

    /** The {@code edit_ad_film} tool. */
    public AgentTool editAdFilm() {
        return edit;
    }

    /** Both tools. */
    public List<AgentTool> tools() {
        return List.of(make, edit);
    }

    /** Registers both tools with {@code toolkit}. */
    public void registerWith(Toolkit toolkit) {
        toolkit.registerAgentTool(make);
        toolkit.registerAgentTool(edit);
    }

    /** Stops taking calls; closes the agents this instance built (not one given with {@link Builder#agent}). */
    @Override
    public void close() {
        turns.shutdown();
        variants.close();
    }

    /** Builds {@link FilmTools}. */
    public static final class Builder {
        private FilmAgentBuilder template;
        private FilmConfig config;
        private FilmAgent agent;
        private FilmSettings defaults = new FilmSettings(4, "16:9");
        private Classifier classifier = new RuleClassifier();

        private Builder() {
        }

        /**
         * Builds one agent per boards/aspect choice from {@code template} with {@code config}'s board count and
         * aspect replaced (models, storage and session store are shared), so each call can choose them.
         */
        public Builder agents(FilmAgentBuilder template, FilmConfig config) {
            this.template = template;
            this.config = config;
            return this;
        }

        /** Uses one agent for every call; its config decides boards and aspect, which calls then cannot change. */
        public Builder agent(FilmAgent agent) {
            this.agent = agent;
            return this;
        }

        /** Boards and aspect when a call names none; default 4 boards, 16:9. */
        public Builder defaults(FilmSettings defaults) {
            this.defaults = defaults;
            return this;
        }

        /** How {@code edit_ad_film} reads an instruction; default the offline {@link RuleClassifier}. */
        public Builder classifier(Classifier classifier) {
            this.classifier = classifier;
            return this;
        }

        /** Checks the settings; builds no agent yet. */
        public FilmTools build() {
            Objects.requireNonNull(defaults, "defaults");
            Objects.requireNonNull(classifier, "classifier");
            if ((template == null) == (agent == null)) {
                throw new IllegalStateException("give exactly one of agents(FilmAgentBuilder, FilmConfig) and "
                        + "agent(FilmAgent)");
            }
            if (template != null) {
                Objects.requireNonNull(config, "config");
            }
            return new FilmTools(this);
        }
    }
}
