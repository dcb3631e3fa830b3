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

    public static Plan plan(Intent intent, FilmSession s) {
        if (intent instanceof Intent.NewTopic) {
            return newTopic((Intent.NewTopic) intent);
        }
        if (intent instanceof Intent.RunStage) {
            return runStage(((Intent.RunStage) intent).stage(), s);
        }
        if (intent instanceof Intent.Next) {
            Optional<Stage> high = s.highestCompleted();
            if (high.isEmpty()) {
                return Plan.refuse(Stage.TOPIC, "there is no topic yet: send a product theme first");
            }
            Optional<Stage> next = high.get().next();
            return next.isPresent() ? runStage(next.get(), s) : Plan.say("the film is already finished");
        }
        if (intent instanceof Intent.Repeat) {
            Optional<Stage> high = s.highestCompleted();
            if (high.isEmpty() || high.get() == Stage.TOPIC) {
                return Plan.say("nothing to repeat yet: after a topic, ask for the script or the whole film");
            }
            return runStage(high.get(), s);
        }
        if (intent instanceof Intent.MakeFilm) {
            return makeFilm(s);
        }
        if (intent instanceof Intent.Regenerate) {
            return regenerate((Intent.Regenerate) intent, s);
        }
        if (intent instanceof Intent.Edit) {
            return EditPlanner.plan((Intent.Edit) intent, s);
        }
        if (intent instanceof Intent.Chat) {
            return Plan.say(((Intent.Chat) intent).reply());
        }
        throw new InvalidInputException("unsupported intent " + intent);
    }

    private static Plan newTopic(Intent.NewTopic t) {
        if (t.text() == null || t.text().isBlank()) {
            throw new InvalidInputException("the topic text is empty: describe the product in a few words");
        }
        MediaAsset photo = t.imageUrl() == null || t.imageUrl().isBlank() ? null : photo(t.imageUrl().trim());
        Topic topic = new Topic(t.text().trim(), photo);
        UnaryOperator<FilmSession.Builder> change = b -> b.topic(topic).productInsight(null).productImage(photo)
                .script(null).boards(List.of()).roles(List.of()).roleImages(Map.of()).frames(List.of())
                .firstFrames(Map.of()).cameras(List.of()).clips(Map.of()).lines(List.of()).voices(Map.of())
                .film(null).completed(EnumSet.noneOf(Stage.class)).tasks(Map.of());
        return new Plan(change, EnumSet.of(Stage.TOPIC), Map.of(),
                "new topic \"" + topic.text() + "\"" + (photo == null ? "" : " with a product photo")
                        + "; everything made before was cleared. Next: the script, or ask for the whole film", null);
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
    private static Plan runStage(Stage stage, FilmSession s) {
        if (stage == Stage.TOPIC) {
            return Plan.say("to change the topic, send the new product theme as a message");
        }
        Optional<String> missing = missingInputs(stage, s);
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
        String why = "running " + stage + (dropped.isEmpty() ? ""
                : "; cleared " + dropped + " because they are made from it (run them again, or ask for the film;"
                        + " unchanged items will be reused)");
        return new Plan(clearing(s, cleared), EnumSet.of(stage), Map.of(), why, null);
    }

    private static Optional<String> missingInputs(Stage stage, FilmSession s) {
        if (s.topic() == null) {
            return Optional.of(stage + " needs a topic first: send a product theme");
        }
        for (Stage d : stage.dependsOn()) {
            if (!s.completed().contains(d)) {
                return Optional.of(stage + " needs " + d + " first: run " + d + " (or ask for the whole film)");
            }
        }
        return Optional.empty();
    }

    private static Plan makeFilm(FilmSession s) {
        if (s.topic() == null) {
            return Plan.refuse(Stage.TOPIC, "there is no topic yet: send a product theme first");
        }
        Set<Stage> run = EnumSet.noneOf(Stage.class);
        for (Stage st : Stage.values()) {
            if (st != Stage.TOPIC && !s.completed().contains(st)) {
                run.add(st);
            }
        }
        if (run.isEmpty()) {
            return Plan.say("the film is already finished; edit a board or regenerate an item to change it");
        }
        return new Plan(clearing(s, run), run, Map.of(), "making " + run
                + " through the film (results already made for the same inputs are reused)", null);
    }

    private static Plan regenerate(Intent.Regenerate r, FilmSession s) {
        Stage stage = r.stage();
        if (stage == Stage.TOPIC) {
            return Plan.say("the topic is what you sent; send a new one to change it");
        }
        Optional<String> missing = missingInputs(stage, s);
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
        String what = index < 0 ? stage.toString() : stage + " item " + (index + 1);
        return new Plan(clearing(s, run), run, Map.of(stage, Set.of(index)), "making " + what
                + " anew as asked" + (run.size() > 1 ? "; then re-making " + without(run, stage)
                + " with it (everything else is reused)" : ""), null);
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
