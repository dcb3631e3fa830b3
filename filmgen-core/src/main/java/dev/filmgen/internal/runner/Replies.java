package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallCounts;
import dev.filmgen.cost.FilmCost;
import dev.filmgen.error.BudgetExceededException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.stage.Stage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a turn's closing message in the film's language (Chinese or English): what was done, what was
 * re-made and why, what failed and what is still waiting.
 */
public final class Replies {
    private Replies() {
    }

    /** The closing message in English. */
    public static String of(Plan plan, GraphRunner.Report report, TurnState state) {
        return of(plan, report, state, false);
    }

    /** The closing message, in Chinese when {@code zh}. */
    public static String of(Plan plan, GraphRunner.Report report, TurnState state, boolean zh) {
        if (plan.stages().isEmpty()) {
            return plan.explanation();
        }
        StringBuilder sb = new StringBuilder(zh ? plan.explanation() : capitalise(plan.explanation()));
        if (!endsSentence(sb)) {
            sb.append(zh ? '。' : '.');
        }
        if (!report.completed().isEmpty()) {
            sb.append(zh ? "已完成：" : " Done: ").append(zh ? StageNames.of(report.completed(), true)
                    : report.completed().stream().map(Object::toString).collect(Collectors.joining(", ")))
                    .append(zh ? "。" : ".");
        }
        CallCounts c = state.counts();
        if (c.totalMade() + c.totalReused() > 0) {
            sb.append(zh ? "模型调用：新调用 " + c.totalMade() + " 次，复用之前的结果 " + c.totalReused() + " 次。"
                    : " Model calls made: " + c.totalMade() + ", earlier results reused: " + c.totalReused() + ".");
        }
        state.bill().stopped().ifPresent(stop -> sb.append(budget(stop, report, state, zh)));
        List<StageFailedException> failures = state.failures();
        if (!failures.isEmpty()) {
            sb.append(zh ? "失败：" : " Failed: ").append(failures.stream().map(f -> failure(f, zh))
                    .collect(Collectors.joining(zh ? "；" : "; "))).append(zh ? "。" : ".");
        }
        if (!report.notReached().isEmpty()) {
            if (zh) {
                sb.append("未完成：").append(StageNames.of(report.notReached(), true)).append(failures.isEmpty() ? "。"
                        : "（它们要等失败的部分先做好；再说一次即可重试，已做好的部分会保留）。");
            } else {
                sb.append(" Not finished: ").append(report.notReached()).append(failures.isEmpty() ? "."
                        : " (they wait for what failed; ask again to retry, finished items are kept).");
            }
        }
        return sb.toString();
    }

    /** What a turn stopped at its budget spent, what it left unmade and how to go on. */
    static String budget(BudgetExceededException stop, GraphRunner.Report report, TurnState state, boolean zh) {
        String spent = FilmCost.yuan(state.bill().spent());
        String budget = FilmCost.yuan(stop.budget());
        List<Stage> left = report.notReached();
        if (zh) {
            return "已按预算 " + budget + " 停止：本轮已花费 " + spent + "，下一次调用约需 " + FilmCost.yuan(stop.estimate())
                    + (left.isEmpty() ? "" : "；还没做：" + StageNames.of(left, true))
                    + "。已做好的部分都已保存，提高预算后再运行一次即可继续，不会重复付费。";
        }
        return " Stopped at the budget of " + budget + ": " + spent + " spent in this turn, and the next call would"
                + " cost about " + FilmCost.yuan(stop.estimate()) + (left.isEmpty() ? "" : "; not made yet: "
                + left.stream().map(Object::toString).collect(Collectors.joining(", ")))
                + ". Everything made is kept: run it again with a larger budget and it goes on without paying twice.";
    }

    /** The reply of a turn cancelled part-way. */
    public static String cancelled(String why, boolean zh) {
        return zh ? "已取消：" + why + "。已做好的部分会保留。" : "Cancelled. " + why;
    }

    /** The reply of a turn the watchdog stopped at its deadline. */
    public static String expired(boolean zh) {
        return zh ? "已停止：本轮运行超过了时限。已做好的部分会保留，可以再发一次继续。"
                : "Stopped: the turn ran past its deadline. What was finished is kept; ask again to go on.";
    }

    /** The reply of a turn stopped because another writer changed the session first. */
    public static String conflict(String why, boolean zh) {
        return zh ? "已停止：" + why + "。没有覆盖任何内容，冲突前保存的结果都在；请再试一次。"
                : "Stopped: " + why + ". Nothing was overwritten; results saved before the conflict are kept. Try again.";
    }

    /** One failure: in Chinese the stage and board are named in Chinese, the cause is kept as the handler wrote it. */
    static String failure(StageFailedException f, boolean zh) {
        String message = f.getMessage() == null ? "" : f.getMessage();
        if (!zh) {
            return message;
        }
        String prefix = f.stage() + (f.board() >= 0 ? " board " + (f.board() + 1) : "") + " failed: ";
        String cause = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return StageNames.of(f.stage(), true) + (f.board() >= 0 ? "第" + (f.board() + 1) + "镜" : "") + "：" + cause;
    }

    private static boolean endsSentence(CharSequence s) {
        if (s.length() == 0) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        return ".。!！?？".indexOf(last) >= 0;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
