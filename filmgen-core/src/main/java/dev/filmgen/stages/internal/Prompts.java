package dev.filmgen.stages.internal;

import dev.filmgen.internal.text.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads prompt templates from {@code dev/filmgen/stages/<stage>/<name>.<language>.txt} on the class path (a
 * template is named {@code "<stage>/<name>"}, e.g. {@code "storyboard/storyboard"}) and fills their
 * {@code {{placeholders}}}. A template is split into sections by lines {@code [[section]]}
 * ({@code system}, {@code user}, {@code prompt}…). A placeholder without a value is an error naming the
 * template, so a typo never reaches a model.
 */
public final class Prompts {
    private static final String ROOT = "/dev/filmgen/stages/";
    private static final Pattern SECTION = Pattern.compile("(?m)^\\[\\[([a-z_]+)]]\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private Prompts() {
    }

    /** The named section of template {@code name} in {@code language}, with placeholders filled. */
    public static String fill(String name, String language, String section, Map<String, String> values) {
        String file = name + "." + Languages.normalise(language) + ".txt";
        String template = CACHE.computeIfAbsent(file, Prompts::load).get(section);
        if (template == null) {
            throw new IllegalStateException("prompt template " + file + " has no [[" + section + "]] section");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            if (!values.containsKey(key)) {
                throw new IllegalStateException("prompt template " + file + " [[" + section + "]] uses {{" + key
                        + "}} but no value was given");
            }
            String v = values.get(key);
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Whether the template has the section (optional sections such as {@code insight}). */
    public static boolean has(String name, String language, String section) {
        String file = name + "." + Languages.normalise(language) + ".txt";
        return CACHE.computeIfAbsent(file, Prompts::load).containsKey(section);
    }

    private static Map<String, String> load(String file) {
        try (InputStream in = Prompts.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("prompt template " + ROOT + file + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            Map<String, String> sections = new LinkedHashMap<>();
            Matcher m = SECTION.matcher(text);
            String current = null;
            int from = 0;
            while (m.find()) {
                if (current != null) {
                    sections.put(current, text.substring(from, m.start()));
                }
                current = m.group(1);
                from = m.end();
            }
            if (current == null) {
                throw new IllegalStateException("prompt template " + file + " has no [[section]] line");
            }
            sections.put(current, text.substring(from));
            return Map.copyOf(sections);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt template " + file, e);
        }
    }
}
