package dev.filmgen.stages.film;

import dev.filmgen.compose.Composer;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.internal.text.ConsumerText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a film leaves out of its voice and its on-screen text (subtitles, end card), gathered over every board so
 * the user is told once, in one notice: emoji (neither spoken nor drawn), symbols a voice would read out by name
 * (drawn, not spoken), and characters no font of the composer draws.
 */
final class LeftOut {
    private final Set<String> voice = new LinkedHashSet<>();
    private final Set<String> screen = new LinkedHashSet<>();
    private final Set<Integer> noFont = new LinkedHashSet<>();

    /** Records what the voice leaves out of {@code line} (the Audio stage speaks the same cleaned words). */
    void spoken(String line) {
        voice.addAll(ConsumerText.speech(line).dropped());
    }

    /** {@code text} as the screen will show it: no emoji, nothing the composer cannot draw. */
    String shown(String text, Composer composer, FilmStyle style) {
        if (text == null || text.isBlank()) {
            return text;
        }
        ConsumerText.Cleaned cleaned = ConsumerText.screen(text);
        screen.addAll(cleaned.dropped());
        String undrawable = composer.undrawable(cleaned.text(), style);
        if (undrawable == null || undrawable.isEmpty()) {
            return cleaned.text();
        }
        undrawable.codePoints().forEach(noFont::add);
        StringBuilder out = new StringBuilder();
        cleaned.text().codePoints().filter(cp -> undrawable.indexOf(cp) < 0).forEach(out::appendCodePoint);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** The one notice for the film, or empty when nothing was left out. */
    Optional<String> notice() {
        List<String> both = new ArrayList<>(voice);
        both.retainAll(screen);
        List<String> voiceOnly = new ArrayList<>(voice);
        voiceOnly.removeAll(screen);
        List<String> screenOnly = new ArrayList<>(screen);
        screenOnly.removeAll(voice);
        List<String> parts = new ArrayList<>();
        if (!both.isEmpty()) {
            parts.add("the voice and subtitles leave out " + String.join(" ", both));
        }
        if (!voiceOnly.isEmpty()) {
            parts.add("the voice leaves out " + String.join(" ", voiceOnly) + " (a voice would read them out by name)");
        }
        if (!screenOnly.isEmpty()) {
            parts.add("the subtitles leave out " + String.join(" ", screenOnly));
        }
        if (!noFont.isEmpty()) {
            List<String> named = new ArrayList<>();
            noFont.forEach(cp -> named.add(new String(Character.toChars(cp))
                    + String.format(Locale.ROOT, " (U+%04X)", cp)));
            parts.add("no font draws " + String.join(", ", named) + ", so the subtitles leave "
                    + (named.size() == 1 ? "it" : "them") + " out (add a font that has "
                    + (named.size() == 1 ? "it" : "them") + ": film.font_file)");
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("; ", parts) + ". The session keeps the words as written.");
    }
}
