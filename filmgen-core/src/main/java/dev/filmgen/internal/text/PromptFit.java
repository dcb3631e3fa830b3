package dev.filmgen.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Shortens a picture or clip prompt to a model's documented cap without losing what matters: the first sentence
 * (the subject), every sentence naming the product, and the closing lines (the wardrobe and style words filmgen's
 * templates end with, as many trailing lines as fit in half the cap, the last one always) stay; other sentences go
 * from the end of the description forwards, and only when that is not enough is the subject itself cut, at a word or
 * punctuation boundary. A prompt within the cap is returned as it is.
 */
public final class PromptFit {
    private PromptFit() {
    }

    /** {@code prompt} within {@code cap} characters, keeping sentences that mention any of {@code keep}. */
    public static String fit(String prompt, int cap, Collection<String> keep) {
        if (prompt == null || prompt.length() <= cap) {
            return prompt;
        }
        String[] lines = prompt.strip().split("\n");
        int tailStart = lines.length;
        int tailLength = 0;
        for (int i = lines.length - 1; i >= 1; i--) {
            int add = lines[i].strip().length() + 1;
            if (tailLength + add > cap / 2 && i < lines.length - 1) {
                break;
            }
            tailLength += add;
            tailStart = i;
        }
        String style = String.join("\n", List.of(lines).subList(tailStart, lines.length)).strip();
        String body = String.join("\n", List.of(lines).subList(0, tailStart)).strip();
        if (style.length() > cap / 2) {
            style = cut(style, cap / 2);
        }
        List<String> sentences = sentences(body);
        boolean[] kept = new boolean[sentences.size()];
        int budget = cap - (style.isEmpty() ? 0 : style.length() + 1);
        for (int i = 0; i < sentences.size(); i++) {
            kept[i] = i == 0 || mentions(sentences.get(i), keep);
        }
        int length = 0;
        for (int i = 0; i < sentences.size(); i++) {
            length += kept[i] ? sentences.get(i).length() : 0;
        }
        for (int i = 1; i < sentences.size(); i++) {
            if (!kept[i] && length + sentences.get(i).length() <= budget) {
                kept[i] = true;
                length += sentences.get(i).length();
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (kept[i]) {
                out.append(sentences.get(i));
            }
        }
        String fitted = cut(out.toString().strip(), budget);
        return style.isEmpty() ? fitted : fitted + "\n" + style;
    }

    private static boolean mentions(String sentence, Collection<String> keep) {
        String s = sentence.toLowerCase(Locale.ROOT);
        for (String k : keep) {
            if (k != null && !k.isBlank() && s.contains(k.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Sentences with their closing punctuation and following space (Chinese and Western stops, line breaks). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stop = c == '。' || c == '！' || c == '？' || c == '；' || c == '\n'
                    || ((c == '.' || c == '!' || c == '?' || c == ';')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (stop) {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
                out.add(text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** {@code s} within {@code max} characters, cut after the last space or punctuation that fits. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        if (max <= 0) {
            return "";
        }
        int at = max;
        for (int i = max; i > max * 2 / 3; i--) {
            char c = s.charAt(i - 1);
            if (Character.isWhitespace(c) || ",，、;；:：".indexOf(c) >= 0) {
                at = i;
                break;
            }
        }
        return s.substring(0, at).strip().replaceAll("[,，、;；:：]$", "");
    }
}
