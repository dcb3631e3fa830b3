package dev.filmgen.internal.runner;

import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.TextRequest;
import dev.filmgen.stages.internal.Prompts;
import java.util.List;
import java.util.Map;

/**
 * The one rewrite of a picture or clip prompt that the provider's content check refused: a request to the film's text
 * model to leave out what the check may flag and keep subject, product, setting and style ({@code moderation}
 * template), and the wording that tells the user about it.
 */
final class ModerationRewrite {
    private ModerationRewrite() {
    }

    /** The text request asking {@code model} to rewrite {@code prompt}, refused with {@code code}, in {@code language}. */
    static TextRequest request(String model, String prompt, String code, String language, String purpose) {
        Map<String, String> values = Map.of("prompt", prompt, "code", code == null ? "DataInspectionFailed" : code);
        return new TextRequest(model, List.of(
                ChatMessage.system(Prompts.fill("internal/moderation", language, "system", values)),
                ChatMessage.user(Prompts.fill("internal/moderation", language, "user", values))),
                0.3, null, 1000, "moderation:" + purpose, Map.of());
    }

    /** The model's answer as a prompt (quotes and a "Prompt:" label dropped), or null when nothing usable is left. */
    static String prompt(String answer) {
        if (answer == null) {
            return null;
        }
        String p = answer.strip().replaceFirst("(?i)^(new )?prompt\\s*[:：]\\s*", "").replaceFirst("^提示词\\s*[:：]\\s*", "");
        if (p.length() >= 2 && "\"'“「".indexOf(p.charAt(0)) >= 0 && "\"'”」".indexOf(p.charAt(p.length() - 1)) >= 0) {
            p = p.substring(1, p.length() - 1).strip();
        }
        return p.isBlank() ? null : p;
    }

    /** What a purpose names, for messages: {@code frame:2} is "board 2's first frame", {@code clip:2} its clip. */
    static String describe(String purpose) {
        if (purpose == null) {
            return "the picture";
        }
        int colon = purpose.indexOf(':');
        String kind = colon < 0 ? purpose : purpose.substring(0, colon);
        String what = colon < 0 ? "" : purpose.substring(colon + 1);
        switch (kind) {
            case "frame":
                return "board " + what + "'s first frame";
            case "clip":
                return "board " + what + "'s clip";
            case "role":
                return what + "'s portrait";
            case "voice":
                return "board " + what + "'s voice";
            default:
                return "the " + purpose.replace(':', ' ');
        }
    }
}
