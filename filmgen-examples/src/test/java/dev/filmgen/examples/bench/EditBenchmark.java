package dev.filmgen.examples.bench;

import dev.filmgen.calls.CallCounts;
import dev.filmgen.calls.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.intent.RuleClassifier;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.offline.OfflineCopywriter;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.util.EnumMap;
import java.util.Map;

/**
 * Edit cost (a program, not a test): makes a 4-board film stage by stage (offline copywriter, counting fake
 * media models), then asks in words to change board 2's narration, and counts the paid calls by kind — against
 * what the reference demo would redo (it has no edits: re-running Storyboard to change a narration redoes every
 * later stage; even re-running only Line redoes Line, Audio and Film for all boards). Last line:
 * {@code edit: calls=<n> demo_calls=<n>}.
 */
public final class EditBenchmark {
    private EditBenchmark() {
    }

    public static void main(String[] args) {
        FakeModels fakes = new FakeModels();
        Map<Stage, CallCounts> perStage = new EnumMap<>(Stage.class);
        try (FilmAgent agent = Agents.builder(fakes).textModel(new OfflineCopywriter(3))
                .handlers(BuiltinHandlers.all()).classifier(new RuleClassifier()).build()) {
            String sid = "edit-bench";
            for (Stage s : Stage.values()) {
                TurnResult r = agent.chat(sid, new UserMessage("百炼椰汁", s.wireName(), null), null);
                if (!r.ok()) {
                    throw new IllegalStateException(s + " failed: " + r.failures());
                }
                perStage.put(s, r.calls());
            }
            int boards = agent.session(sid).orElseThrow().boards().size();
            String words = "把分镜2的旁白改成“清爽一夏，就喝百炼椰汁”";
            TurnResult edit = agent.chat(sid, UserMessage.of(words), null);
            System.out.println("film boards: " + boards);
            System.out.println("edit: \"" + words + "\" understood as " + edit.intent());
            System.out.println("reply: " + edit.reply());
            System.out.println("edit calls by kind:              " + edit.calls().made());
            System.out.println("edit results reused by kind:     " + edit.calls().reused());
            Map<CallKind, Integer> fromLine = sum(perStage, Stage.LINE);
            Map<CallKind, Integer> fromBoard = sum(perStage, Stage.STORYBOARD);
            System.out.println("demo re-run from Line, by kind:       " + fromLine);
            System.out.println("demo re-run from Storyboard, by kind: " + fromBoard);
            System.out.println("edit: calls=" + edit.calls().totalMade() + " demo_calls=" + total(fromBoard)
                    + " (demo from Line: " + total(fromLine) + ")");
        }
    }

    /** Calls made by the stage-by-stage run of {@code from} and every later stage in the demo's order. */
    private static Map<CallKind, Integer> sum(Map<Stage, CallCounts> perStage, Stage from) {
        Map<CallKind, Integer> out = new EnumMap<>(CallKind.class);
        for (Stage s : Stage.values()) {
            if (s.ordinal() >= from.ordinal()) {
                perStage.get(s).made().forEach((k, v) -> out.merge(k, v, Integer::sum));
            }
        }
        return out;
    }

    private static int total(Map<CallKind, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }
}
