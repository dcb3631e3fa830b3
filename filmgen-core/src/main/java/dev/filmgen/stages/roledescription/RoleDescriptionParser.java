package dev.filmgen.stages.roledescription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.domain.Role;
import dev.filmgen.stages.internal.AnswerJson;
import dev.filmgen.stages.internal.AnswerProblem;
import dev.filmgen.stages.internal.Fields;
import java.util.ArrayList;
import java.util.List;

/** Parses the RoleDescription answer: each role needs a name, a look, clothes and a setting; none at all is allowed. */
final class RoleDescriptionParser {
    private RoleDescriptionParser() {
    }

    public static List<Role> parse(String answer) {
        ObjectNode o = AnswerJson.parse(answer, "roles");
        JsonNode list = Fields.list(o, "roles", "characters", "cast");
        if (list == null) {
            if (Fields.get(o, "roles", "characters", "cast") != null) {
                return List.of();
            }
            throw AnswerProblem.whole("roles", "the answer has no \"roles\" list (use an empty list when nobody appears)");
        }
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String name = Fields.text(r, "name", "role", "character");
            String look = Fields.text(r, "look", "appearance", "face", "features");
            String clothes = Fields.text(r, "clothes", "clothing", "outfit", "costume", "dress");
            String setting = Fields.text(r, "setting", "scene", "place", "location", "environment", "background");
            String who = "role " + (i + 1) + (name == null ? "" : " (" + name + ")");
            if (name == null) {
                throw AnswerProblem.whole("name", who + " has no \"name\"");
            }
            if (look == null) {
                throw AnswerProblem.whole("look", who + " has no \"look\"");
            }
            if (clothes == null) {
                throw AnswerProblem.whole("clothes", who + " has no \"clothes\"");
            }
            if (setting == null) {
                throw AnswerProblem.whole("setting", who + " has no \"setting\"");
            }
            roles.add(new Role(name, look, clothes, setting));
        }
        return roles;
    }
}
