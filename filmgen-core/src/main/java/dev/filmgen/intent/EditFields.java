package dev.filmgen.intent;

import dev.filmgen.intent.Intent.Target;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields an {@link dev.filmgen.intent.Intent.Edit} may name, per target: exactly the ones the runner's
 * edit planner applies. Both classifiers produce only these.
 */
final class EditFields {
    private static final Map<Target, Set<String>> FIELDS = new EnumMap<>(Map.of(
            Target.SCRIPT, Set.of("story", "slogan", "title"),
            Target.BOARD, Set.of("narration", "picture"),
            Target.ROLE, Set.of("clothes", "look", "setting"),
            Target.LINE, Set.of("voice", "text", "speaker"),
            Target.FRAME, Set.of("style", "description"),
            Target.CAMERA, Set.of("movement")));

    private EditFields() {
    }

    /** The fields allowed for {@code target}. */
    public static Set<String> of(Target target) {
        return FIELDS.get(target);
    }

    /** Whether {@code field} is allowed for {@code target}. */
    public static boolean allowed(Target target, String field) {
        return field != null && FIELDS.get(target).contains(field);
    }
}
