package dev.filmgen.internal.runner;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.intent.Intent;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Maps an intent and the session to a {@link Plan}, with the demo's semantics for stages, next and repeat. */
public final class TurnPlanner {
    private TurnPlanner() {
    }

    /** Plans in English; see {@link #plan(Intent, FilmSession, boolean)}. */
    public static Plan plan(Intent intent, FilmSession s) {
        return plan(intent, s, false);
    }

    /** Plans the turn; every explanation and refusal is in Chinese when {@code zh}, else in English. */
    public static Plan plan(Intent intent, FilmSession s, boolean zh) {
        return plan(intent, s, zh, UnaryOperator.identity());
    }

    /**
     * Plans the turn; a new topic's product photo goes through {@code photoIntake} (which fetches and stores a
     * remote photo under the agent's policy, or throws {@code InvalidInputException}) before it is planned in.
     */
    public static Plan plan(Intent intent, FilmSession s, boolean zh, UnaryOperator<MediaAsset> photoIntake) {
        if (intent instanceof Intent.NewTopic) {
            return newTopic((Intent.NewTopic) intent, zh, photoIntake);
        }
        if (intent instanceof Intent.RunStage) {
            return runStage(((Intent.RunStage) intent).stage(), s, zh);
        }
        if (intent instanceof Intent.Next) {
            Optional<Stage> high = s.highestCompleted();
            if (high.isEmpty()) {
                return Plan.refuse(Stage.TOPIC, noTopic(zh));
            }
            Optional<Stage> next = high.get().next();
            return next.isPresent() ? runStage(next.get(), s, zh)
                    : Plan.say(zh ? "成片已经做好了。" : "the film is already finished");
        }
        if (intent instanceof Intent.Repeat) {
            Optional<Stage> high = s.highestCompleted();
            if (high.isEmpty() || high.get() == Stage.TOPIC) {
                return Plan.say(zh ? "还没有可以重做的内容：有了选题后，可以让我写脚本，或直接一键成片。"
                        : "nothing to repeat yet: after a topic, ask for the script or the whole film");
            }
            return runStage(high.get(), s, zh);
        }
        if (intent instanceof Intent.MakeFilm) {
            return makeFilm(s, zh);
        }
        if (intent instanceof Intent.Regenerate) {
            return regenerate((Intent.Regenerate) intent, s, zh);
        }
        if (intent instanceof Intent.Edit) {
            return EditPlanner.plan((Intent.Edit) intent, s, zh);
        }
        if (intent instanceof Intent.Chat) {
            return Plan.say(((Intent.Chat) intent).reply());
        }
        throw new InvalidInputException("unsupported intent " + intent);
    }

    private static String noTopic(boolean zh) {
        return zh ? "还没有选题：请先发一个产品主题。" : "there is no topic yet: send a product theme first";
    }

    private static Plan newTopic(Intent.NewTopic t, boolean zh, UnaryOperator<MediaAsset> photoIntake) {
        String text = Topic.validText(t.text());
        MediaAsset photo = t.imageUrl() == null || t.imageUrl().isBlank() ? null
                : photoIntake.apply(photo(t.imageUrl().trim()));
        Topic topic = new Topic(text, photo);
        UnaryOperator<FilmSession.Builder> change = b -> b.topic(topic).productInsight(null).productImage(photo)
                .script(null).boards(List.of()).roles(List.of()).roleImages(Map.of()).frames(List.of())
                .firstFrames(Map.of()).frameChecks(Map.of()).cameras(List.of()).clips(Map.of()).lines(List.of())
                .voices(Map.of())
                .film(null).completed(EnumSet.noneOf(Stage.class)).tasks(Map.of());
        String why = zh
                ? "新选题“" + topic.text() + "”" + (photo == null ? "" : "（附产品照片）")
                        + "，之前做的内容已清空。下一步：写脚本，或直接一键成片"
                : "new topic \"" + topic.text() + "\"" + (photo == null ? "" : " with a product photo")
                        + "; everything made before was cleared. Next: the script, or ask for the whole film";
        return new Plan(change, EnumSet.of(Stage.TOPIC), Map.of(), why, null);
    }

    private static MediaAsset photo(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the product photo location is not a valid URI: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!Set.of("http", "https", "file", "data").contains(scheme)) {
            throw new InvalidInputException("the product photo must be an http(s), file: or data: URI, not '"
                    + scheme + ":'");
        }
        String p = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        String type = p.endsWith(".png") ? "image/png" : p.endsWith(".webp") ? "image/webp" : "image/jpeg";
        if (scheme.equals("data")) {
            String spec = uri.getSchemeSpecificPart();
            int semi = spec.indexOf(';');
            int comma = spec.indexOf(',');
            int end = semi >= 0 && (comma < 0 || semi < comma) ? semi : comma;
            if (end > 0 && spec.substring(0, end).startsWith("image/")) {
                type = spec.substring(0, end);
            }
        }
        return MediaAsset.of(uri, type);
    }

    /** Demo semantics: run S alone after clearing it and what depends on it; its inputs must exist. */
    private static Plan runStage(Stage stage, FilmSession s, boolean zh) {
        if (stage == Stage.TOPIC) {
            return Plan.say(zh ? "要换选题，直接发新的产品主题即可。"
                    : "to change the topic, send the new product theme as a message");
        }
        Optional<String> missing = missingInputs(stage, s, zh);
        if (missing.isPresent()) {
            return Plan.refuse(stage, missing.get());
        }
        Set<Stage> cleared = EnumSet.of(stage);
        cleared.addAll(stage.downstream());
        Set<Stage> dropped = EnumSet.noneOf(Stage.class);
        for (Stage d : stage.downstream()) {
            if (s.completed().contains(d)) {
                dropped.add(d);
            }
        }
        String name = StageNames.of(stage, zh);
        String why;
        if (zh) {
            why = "开始做" + name + (dropped.isEmpty() ? "" : "；" + StageNames.of(dropped, true)
                    + "由它生成，已先清掉（可以再逐个运行，或直接成片；没变的部分会复用）");
        } else {
            why = "running " + name + (dropped.isEmpty() ? ""
                    : "; cleared " + dropped + " because they are made from it (run them again, or ask for the film;"
                            + " unchanged items will be reused)");
        }
        return new Plan(clearing(s, cleared), EnumSet.of(stage), Map.of(), why, null);
    }

    private static Optional<String> missingInputs(Stage stage, FilmSession s, boolean zh) {
        String name = StageNames.of(stage, zh);
        if (s.topic() == null) {
            return Optional.of(zh ? "做" + name + "需要先有选题：请先发一个产品主题。"
                    : stage + " needs a topic first: send a product theme");
        }
        for (Stage d : stage.dependsOn()) {
            if (!s.completed().contains(d)) {
                String dep = StageNames.of(d, zh);
                return Optional.of(zh ? "做" + name + "需要先完成" + dep + "：请先做" + dep + "（或直接一键成片）。"
                        : stage + " needs " + d + " first: run " + d + " (or ask for the whole film)");
            }
        }
        return Optional.empty();
    }

    private static Plan makeFilm(FilmSession s, boolean zh) {
        if (s.topic() == null) {
            return Plan.refuse(Stage.TOPIC, noTopic(zh));
        }
        Set<Stage> run = EnumSet.noneOf(Stage.class);
        for (Stage st : Stage.values()) {
            if (st != Stage.TOPIC && !s.completed().contains(st)) {
                run.add(st);
            }
        }
        if (run.isEmpty()) {
            return Plan.say(zh ? "成片已经做好了；想调整的话，可以改某个分镜，或重新生成某一项。"
                    : "the film is already finished; edit a board or regenerate an item to change it");
        }
        String why = zh ? "一路做到成片：" + StageNames.of(run, true) + "（相同输入做过的结果直接复用）"
                : "making " + run + " through the film (results already made for the same inputs are reused)";
        return new Plan(clearing(s, run), run, Map.of(), why, null);
    }

    private static Plan regenerate(Intent.Regenerate r, FilmSession s, boolean zh) {
        Stage stage = r.stage();
        if (stage == Stage.TOPIC) {
            return Plan.say(zh ? "选题就是你发来的主题；要换的话，发一个新的即可。"
                    : "the topic is what you sent; send a new one to change it");
        }
        Optional<String> missing = missingInputs(stage, s, zh);
        if (missing.isPresent()) {
            return Plan.refuse(stage, missing.get());
        }
        int items = SessionResults.items(stage, s);
        int index = stage.granularity() == Stage.Granularity.WHOLE ? -1 : r.index();
        if (index != -1 && (index < 0 || index >= items)) {
            throw new InvalidInputException(stage + " item " + (r.index() + 1) + " does not exist: there are " + items);
        }
        Set<Stage> run = EnumSet.of(stage);
        for (Stage d : stage.downstream()) {
            if (s.completed().contains(d)) {
                run.add(d);
            }
        }
        String name = StageNames.of(stage, zh);
        String why;
        if (zh) {
            why = "按你的要求重新生成" + name + (index < 0 ? "" : "第" + (index + 1) + "项")
                    + (run.size() > 1 ? "；接着用它重做" + StageNames.of(without(run, stage), true) + "（其余全部复用）" : "");
        } else {
            String what = index < 0 ? name : name + " item " + (index + 1);
            why = "making " + what + " anew as asked" + (run.size() > 1 ? "; then re-making " + without(run, stage)
                    + " with it (everything else is reused)" : "");
        }
        return new Plan(clearing(s, run), run, Map.of(stage, Set.of(index)), why, null);
    }

    private static Set<Stage> without(Set<Stage> set, Stage s) {
        Set<Stage> copy = EnumSet.copyOf(set);
        copy.remove(s);
        return copy;
    }

    private static UnaryOperator<FilmSession.Builder> clearing(FilmSession s, Set<Stage> stages) {
        return b -> {
            for (Stage st : stages) {
                SessionResults.clear(b, s, st);
            }
            return b;
        };
    }
}
