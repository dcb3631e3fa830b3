package dev.filmgen.stages.script;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.domain.Script;
import dev.filmgen.stages.internal.AnswerJson;
import dev.filmgen.stages.internal.AnswerProblem;
import dev.filmgen.stages.internal.Fields;
import java.util.List;

/** Parses and validates the Script answer ({@code title, story, characters, product_name, product_description, slogan}). */
final class ScriptParser {
    private ScriptParser() {
    }

    public static Script parse(String answer) {
        ObjectNode o = AnswerJson.parse(answer, "characters");
        ObjectNode root = o;
        if (Fields.get(o, "title") == null && Fields.get(o, "script") != null && Fields.get(o, "script").isObject()) {
            root = (ObjectNode) Fields.get(o, "script");
        }
        String title = require(root, "title", "title", "headline");
        String story = require(root, "story", "story", "plot", "content", "script");
        List<String> characters = Fields.names(root, "characters", "roles", "cast");
        String productName = require(root, "product_name", "product_name", "name", "product");
        String description = require(root, "product_description", "product_description", "description",
                "appearance", "product_look");
        String slogan = require(root, "slogan", "slogan", "tagline");
        return new Script(title, story, characters == null ? List.of() : characters, productName, description, slogan);
    }

    private static String require(ObjectNode o, String field, String... aliases) {
        String v = Fields.text(o, aliases);
        if (v == null) {
            throw AnswerProblem.whole(field, "the script has no \"" + field + "\"");
        }
        return v;
    }
}
