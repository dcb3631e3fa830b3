package dev.filmgen.stages.internal;

import dev.filmgen.handler.StageContext;
import dev.filmgen.internal.text.Languages;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typed input of one text stage (a record per stage, e.g. {@code StoryboardInput}): one set of values
 * feeds both the prompt template and the request attributes of the text contract ({@code docs/text-formats.md}),
 * so the two can never disagree.
 */
public interface TextInput {

    /**
     * What every text stage's request carries.
     *
     * @param language {@code zh} or {@code en}, the session's
     * @param topic the user's theme
     * @param seed the configured seed, or null
     */
    record Basics(String language, String topic, Long seed) {
        /** The basics of the stage {@code ctx} runs; fails naming the stage when the session has no topic. */
        public static Basics of(StageContext ctx) {
            return new Basics(Languages.normalise(ctx.language()), StageInputs.topic(ctx).text(), ctx.config().seed());
        }

        /** Whether the film is in Chinese. */
        public boolean chinese() {
            return Languages.ZH.equals(language);
        }
    }

    /** Language, topic and seed. */
    Basics basics();

    /** The values the request attributes and the prompt both carry, by their contract names. */
    Map<String, String> contract();

    /** Values only the prompt uses (wording, counts); none unless a stage says so. */
    default Map<String, String> promptOnly() {
        return Map.of();
    }

    /** The placeholder values of the stage's prompt template: the topic, the contract values and the prompt's own. */
    default Map<String, String> promptValues() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("topic", basics().topic());
        v.putAll(contract());
        v.putAll(promptOnly());
        return v;
    }

    /** The request attributes: {@code language}, {@code topic}, the contract values and, when set, {@code seed}. */
    default Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("language", basics().language());
        a.put("topic", basics().topic());
        if (basics().seed() != null) {
            a.put("seed", String.valueOf(basics().seed()));
        }
        a.putAll(contract());
        return a;
    }
}
