package dev.filmgen.offline.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The copywriter's phrase book for one language, loaded from {@code copy-zh.json} / {@code copy-en.json}: per
 * category packaging, settings, cast, slogans and the four story beats, plus the shared sentence frames.
 */
public final class CopyBook {
    private static final Map<Lang, CopyBook> BOOKS = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final JsonNode root;

    private CopyBook(Lang lang, JsonNode root) {
        this.lang = lang;
        this.root = root;
    }

    /** The book of a language (loaded once). */
    public static synchronized CopyBook of(Lang lang) {
        return BOOKS.computeIfAbsent(lang, l -> new CopyBook(l, load("copy-" + l.code() + ".json")));
    }

    private static JsonNode load(String name) {
        try (InputStream in = CopyBook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("offline copy resource missing: " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read offline copy resource " + name, e);
        }
    }

    public Lang lang() {
        return lang;
    }

    /** A shared sentence frame or word ({@code narrator}, {@code frame}, {@code camera}…). */
    public String text(String key) {
        return root.path(key).asText();
    }

    /** A shared list ({@code shots}, {@code moods}). */
    public List<String> list(String key) {
        List<String> out = new ArrayList<>();
        root.path(key).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The words this language uses for a camera move ({@code push in}…). */
    public String move(String move) {
        return root.path("moves").path(move).asText(move);
    }

    /** The person-less picture of a beat. */
    public String noPeople(String beat) {
        return root.path("noPeople").path(beat).asText();
    }

    public String noun(Category c) {
        return cat(c).path("noun").asText();
    }

    public List<String> strings(Category c, String key) {
        List<String> out = new ArrayList<>();
        cat(c).path(key).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The cast of a category: name, look, clothes, gender ({@code f}/{@code m}). */
    public List<Map<String, String>> cast(Category c) {
        List<Map<String, String>> out = new ArrayList<>();
        cat(c).path("cast").forEach(n -> out.add(Map.of("name", n.path("name").asText(), "look",
                n.path("look").asText(), "clothes", n.path("clothes").asText(), "gender", n.path("gender").asText())));
        return out;
    }

    /** The variants of a story beat ({@code hook}, {@code use}, {@code benefit}, {@code cta}) as picture/narration. */
    public List<String[]> beat(Category c, String beat) {
        List<String[]> out = new ArrayList<>();
        cat(c).path(beat).forEach(n -> out.add(new String[] {n.path("picture").asText(), n.path("narration").asText()}));
        return out;
    }

    private JsonNode cat(Category c) {
        return root.path("categories").path(c.key());
    }
}
