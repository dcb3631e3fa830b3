package dev.filmgen.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmgen.domain.Role;
import dev.filmgen.intent.Intent.Target;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The LLM classifier's prompt and the parsing and validation of its JSON answer. */
final class IntentJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IntentJson() {
    }

    /** The system prompt: the answer shape and the meaning of each intent. */
    public static String systemPrompt() {
        return String.join("\n",
                "You route messages in a tool that makes short product ad films in twelve stages: Topic, Script,",
                "Storyboard, RoleDescription, RoleImage, FirstFrameDescription, FirstFrameImage, VideoDescription,",
                "Video, Line, Audio, Film. Decide what the user's message asks for and answer with ONE JSON object",
                "and nothing else, with these keys (leave out or set null what does not apply):",
                "{\"intent\": one of run_stage | next | repeat | make_film | new_topic | edit | regenerate | chat,",
                " \"stage\": a stage name for run_stage and regenerate,",
                " \"target\": for edit, one of script | board | role | line | frame | camera,",
                " \"board\": the board (shot) number counted from 1, when the message names one,",
                " \"role\": the character's name as listed in the context, when the message names one,",
                " \"field\": for edit: script → story|slogan|title; board → narration|picture;",
                "   role → clothes|look|setting; line → voice|text|speaker; frame → style|description;",
                "   camera → movement,",
                " \"value\": the new value when the user states it exactly, else null,",
                " \"topic\": for new_topic, the new product theme,",
                " \"reply\": for chat, a short helpful answer in the user's language}",
                "Rules: next = go on to the following stage; repeat = redo the last stage; make_film = make",
                "everything still missing up to the finished film; edit = change one named thing (one board's",
                "narration, one shot's look, one character's clothes, the voice of one speaker — use role",
                "\"narrator\" for the narrator); regenerate = make one named item again without changing it",
                "(stage plus board or role); new_topic = the user names a different product to start over.");
    }

    /** What the model needs to know about the session, in a few lines. */
    public static String context(FilmSession s) {
        String done = s.completed().stream().map(Stage::wireName).collect(Collectors.joining(", "));
        String roles = s.roles().stream().map(Role::name).collect(Collectors.joining(", "));
        return "Context: topic=" + (s.topic() == null ? "(none yet)" : s.topic().text())
                + "; completed stages=[" + done + "]; boards=" + s.boards().size()
                + "; characters=[" + roles + "]; voices=" + String.join(",", Lexicon.VOICES);
    }

    /** The intent the answer describes, or empty when it is not valid JSON or does not fit the session. */
    public static Optional<Intent> parse(String answer, UserMessage message, FilmSession s) {
        JsonNode n = read(answer);
        if (n == null || !n.isObject()) {
            return Optional.empty();
        }
        String kind = text(n, "intent");
        if (kind == null) {
            return Optional.empty();
        }
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "next": return Optional.of(new Intent.Next());
            case "repeat": return Optional.of(new Intent.Repeat());
            case "make_film": return Optional.of(new Intent.MakeFilm());
            case "new_topic": {
                String topic = text(n, "topic");
                return Optional.of(new Intent.NewTopic(topic == null ? message.text().strip() : topic,
                        message.imageUrl()));
            }
            case "chat": {
                String reply = text(n, "reply");
                return reply == null ? Optional.empty() : Optional.of(new Intent.Chat(reply));
            }
            case "run_stage": {
                Optional<Stage> st = Stage.parse(text(n, "stage"));
                if (st.isPresent() && st.get() == Stage.TOPIC) {
                    return Optional.of(new Intent.NewTopic(message.text().strip(), message.imageUrl()));
                }
                return st.map(Intent.RunStage::new);
            }
            case "regenerate": return regenerate(n, s);
            case "edit": return edit(n, message, s);
            default: return Optional.empty();
        }
    }

    private static Optional<Intent> regenerate(JsonNode n, FilmSession s) {
        Optional<Stage> st = Stage.parse(text(n, "stage"));
        if (st.isEmpty() || st.get() == Stage.TOPIC) {
            return Optional.empty();
        }
        if (st.get() == Stage.ROLE_IMAGE && text(n, "role") != null) {
            int r = roleIndex(text(n, "role"), s);
            return r < 0 ? Optional.empty() : Optional.of(new Intent.Regenerate(st.get(), r));
        }
        if (!n.hasNonNull("board")) {
            return Optional.of(new Intent.Regenerate(st.get(), -1));
        }
        int board = board(n, s);
        return board < 0 ? Optional.empty() : Optional.of(new Intent.Regenerate(st.get(), board));
    }

    private static Optional<Intent> edit(JsonNode n, UserMessage message, FilmSession s) {
        Target target;
        try {
            target = Target.valueOf(String.valueOf(text(n, "target")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String field = text(n, "field");
        if (!EditFields.allowed(target, field)) {
            return Optional.empty();
        }
        String value = text(n, "value");
        String instruction = message.text().strip();
        switch (target) {
            case SCRIPT:
                return Optional.of(new Intent.Edit(target, -1, null, field, value, instruction));
            case BOARD: case FRAME: case CAMERA: {
                int board = board(n, s);
                return board < 0 ? Optional.empty()
                        : Optional.of(new Intent.Edit(target, board, null, field, value, instruction));
            }
            case ROLE: {
                int r = roleIndex(text(n, "role"), s);
                return r < 0 ? Optional.empty()
                        : Optional.of(new Intent.Edit(target, -1, s.roles().get(r).name(), field, value, instruction));
            }
            default: {
                String role = text(n, "role");
                String speaker = null;
                if (role != null) {
                    int r = roleIndex(role, s);
                    speaker = r >= 0 ? s.roles().get(r).name() : Roles.narrator(role.toLowerCase(Locale.ROOT))
                            ? "narrator" : null;
                    if (speaker == null) {
                        return Optional.empty();
                    }
                }
                int board = n.hasNonNull("board") ? board(n, s) : -1;
                if (n.hasNonNull("board") && board < 0) {
                    return Optional.empty();
                }
                return Optional.of(new Intent.Edit(target, speaker == null ? board : -1, speaker, field, value,
                        instruction));
            }
        }
    }

    /** The zero-based board the answer names (1-based in JSON), or -1 when missing or out of range. */
    private static int board(JsonNode n, FilmSession s) {
        JsonNode b = n.get("board");
        if (b == null || !b.canConvertToInt()) {
            return -1;
        }
        int i = b.asInt() - 1;
        return i >= 0 && i < s.boards().size() ? i : -1;
    }

    private static int roleIndex(String name, FilmSession s) {
        if (name == null) {
            return -1;
        }
        Roles.Found f = Roles.find(name.toLowerCase(Locale.ROOT), s.roles());
        return f == null ? -1 : f.index();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String t = v.asText().strip();
        return t.isEmpty() || t.equalsIgnoreCase("null") ? null : t;
    }

    private static JsonNode read(String answer) {
        if (answer == null) {
            return null;
        }
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return null;
        }
        try {
            return JSON.readTree(answer.substring(start, end + 1));
        } catch (IOException e) {
            return null;
        }
    }
}
