package dev.filmgen.stages.script;

import dev.filmgen.stages.internal.Prompts;
import dev.filmgen.stages.internal.TextInput;
import java.util.Map;

/**
 * What the Script stage writes from: the theme, the role limit and, when the user sent a product photo the vision
 * model could describe, that description ({@code product_insight}).
 */
record ScriptInput(Basics basics, int maxRoles, String insight) implements TextInput {

    @Override
    public Map<String, String> contract() {
        return insight == null ? Map.of() : Map.of("product_insight", insight);
    }

    @Override
    public Map<String, String> promptOnly() {
        return Map.of("max_roles", String.valueOf(maxRoles), "insight", insight == null ? ""
                : Prompts.fill("script/script", basics.language(), "insight", Map.of("insight", insight)));
    }
}
