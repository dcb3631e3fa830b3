package dev.filmgen.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each consumer of a film's words gets from text as people write it (the session always keeps the words as
 * written; prompts get them whole). The voice gets no emoji, no symbols a voice would read out by name (™ ® ©, ★,
 * private-use icons) and no bracket or separator marks (【】 | / #), with compatibility letters, digits and units
 * spelled plainly (㎖ → ml, ① → 1, full-width letters → ASCII). The screen gets no emoji (no film font draws them) and no invisible
 * formatting; everything else is left to the composer's fonts. Both collapse runs of spaces and line breaks.
 * What was left out that a reader would miss (emoji, symbols) is reported; layout marks are not.
 */
public final class ConsumerText {
    private static final Pattern CLUSTER = Pattern.compile("\\X");
    /** The characters of the Basic Multilingual Plane with Emoji_Presentation=Yes (Unicode emoji-data.txt, 15.1). */
    private static final String EMOJI_PRESENTATION = "\u231A\u231B\u23E9\u23EA\u23EB\u23EC\u23F0\u23F3"
            + "\u25FD\u25FE\u2614\u2615\u2648\u2649\u264A\u264B\u264C\u264D\u264E\u264F\u2650\u2651\u2652"
            + "\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3"
            + "\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753\u2754\u2755\u2757\u2795\u2796"
            + "\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55";
    private static final String SPOKEN_AS_NAMES = "™®©℠℗";
    private static final String SEPARATORS = "【】〔〕〖〗〘〙〚〛「」『』《》〈〉«»‹›[]{}|¦/\\／＼｜~～^_`*#＃＊";

    /**
     * Text for one consumer.
     *
     * @param text what the consumer gets
     * @param dropped what was left out that a reader would miss, each once, in order (emoji whole: 👍🏻, 🇨🇳)
     */
    public record Cleaned(String text, List<String> dropped) {
        public Cleaned {
            dropped = List.copyOf(dropped);
        }
    }

    private ConsumerText() {
    }

    /** The words for a voice; text with nothing to leave out comes back as it was. */
    public static Cleaned speech(String text) {
        Set<String> dropped = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        for (String cluster : clusters(text)) {
            if (isEmoji(cluster) || SPOKEN_AS_NAMES.contains(cluster)) {
                dropped.add(cluster);
                out.append(' ');
                continue;
            }
            cluster.codePoints().forEach(cp -> {
                String plain = plainForm(cp);
                int type = Character.getType(cp);
                if (SEPARATORS.indexOf(cp) >= 0 || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    out.append(' ');
                } else if (plain != null) {
                    out.append(plain);
                } else if (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
                        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                    dropped.add(new String(Character.toChars(cp)));
                    out.append(' ');
                } else if (!invisible(cp)) {
                    out.appendCodePoint(cp);
                }
            });
        }
        return new Cleaned(collapse(out), new ArrayList<>(dropped));
    }

    /**
     * The plain spelling of a compatibility letter, digit or unit (Ａ → A, ① → 1, ㎖ → ml, half-width kana → kana),
     * or null when the character is plain already or is punctuation (full-width punctuation is what Chinese is
     * written with, and stays).
     */
    private static String plainForm(int cp) {
        int type = Character.getType(cp);
        boolean wordLike = Character.isLetterOrDigit(cp) || type == Character.OTHER_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_SYMBOL;
        if (!wordLike) {
            return null;
        }
        String one = new String(Character.toChars(cp));
        String plain = Normalizer.normalize(one, Normalizer.Form.NFKC);
        return plain.equals(one) || plain.codePoints().noneMatch(Character::isLetterOrDigit) ? null : plain;
    }

    /** The words for the screen (subtitles, end card); the composer's fonts decide the rest. */
    public static Cleaned screen(String text) {
        Set<String> dropped = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        for (String cluster : clusters(text)) {
            if (isEmoji(cluster)) {
                dropped.add(cluster);
                out.append(' ');
                continue;
            }
            cluster.codePoints().forEach(cp -> {
                if (cp != 0x3000 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                    out.append(' ');
                } else if (!invisible(cp)) {
                    out.appendCodePoint(cp);
                }
            });
        }
        return new Cleaned(collapse(out), new ArrayList<>(dropped));
    }

    /**
     * Whether a grapheme cluster is an emoji: a pictograph of the supplementary planes (faces, objects, flags,
     * skin tones), a character shown as an emoji by default (Unicode's Emoji_Presentation: ✨ ⭐ ☕ ✅…), or anything
     * asking for emoji presentation (U+FE0F), a keycap (U+20E3) or emoji tags.
     */
    public static boolean isEmoji(String cluster) {
        return cluster.codePoints().anyMatch(cp -> (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFE0F || cp == 0x20E3
                || (cp >= 0xE0020 && cp <= 0xE007F) || (cp < 0x10000 && EMOJI_PRESENTATION.indexOf(cp) >= 0));
    }

    /** Invisible formatting: joiners, direction marks, variation selectors, soft hyphens, fillers, controls. */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x034F || cp == 0x115F || cp == 0x1160
                || cp == 0x3164 || cp == 0xFFA0;
    }

    private static List<String> clusters(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CLUSTER.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Runs of spaces become one space, none at the ends, and none left before closing punctuation. */
    private static String collapse(CharSequence s) {
        return s.toString().replaceAll(" {2,}", " ").replaceAll(" ([，。！？、；：,.!?;:）)])", "$1").strip();
    }
}
