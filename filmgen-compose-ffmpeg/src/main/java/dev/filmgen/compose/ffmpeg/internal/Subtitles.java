package dev.filmgen.compose.ffmpeg.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a board's subtitle text into timed cues: split into sentences on sentence punctuation, each sentence given
 * a share of the narration proportional to its spoken length, wrapped to a pixel width with CJK-aware breaking
 * (any CJK character may end a line, a Latin word is never split unless it alone is too wide, closing
 * punctuation never starts a line), at most two lines on screen at a time.
 */
public final class Subtitles {
    private static final String SENTENCE_END = "。！？!?;；";
    private static final String NO_LINE_START = "，。！？、；：,.!?;:）)》」』”’%…";
    private static final int MAX_LINES = 2;

    /**
     * One subtitle on screen.
     *
     * @param start board-local start, seconds
     * @param end board-local end, seconds
     * @param lines the wrapped lines, top first
     */
    public record Cue(double start, double end, List<String> lines) {
    }

    private Subtitles() {
    }

    /** Cues for {@code text} spoken over [{@code from}, {@code to}) with {@code maxWidth} pixels per line. */
    public static List<Cue> cues(String text, double from, double to, double fontPx, double maxWidth) {
        List<Cue> cues = new ArrayList<>();
        if (text == null || text.isBlank() || to <= from) {
            return cues;
        }
        List<List<String>> chunks = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String sentence : sentences(text)) {
            List<String> lines = wrap(sentence, fontPx, maxWidth);
            for (int i = 0; i < lines.size(); i += MAX_LINES) {
                List<String> chunk = lines.subList(i, Math.min(lines.size(), i + MAX_LINES));
                chunks.add(List.copyOf(chunk));
                weights.add(Math.max(0.5, spokenWeight(String.join("", chunk))));
            }
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double at = from;
        for (int i = 0; i < chunks.size(); i++) {
            double end = i == chunks.size() - 1 ? to : at + (to - from) * weights.get(i) / total;
            cues.add(new Cue(at, end, chunks.get(i)));
            at = end;
        }
        return cues;
    }

    /** Splits on sentence punctuation (a full stop only before a space or the end), dropping a final 。 or . */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String flat = text.replace('\r', ' ').replace('\n', ' ');
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            current.append(c);
            boolean stop = SENTENCE_END.indexOf(c) >= 0
                    || (c == '.' && (i + 1 == flat.length() || Character.isWhitespace(flat.charAt(i + 1))));
            if (stop) {
                add(out, current);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        current.setLength(0);
        while (s.endsWith("。") || (s.endsWith(".") && !s.endsWith(".."))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    /** Wraps one sentence into lines no wider than {@code maxWidth} (estimated from the font size). */
    public static List<String> wrap(String sentence, double fontPx, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double width = 0;
        for (String token : tokens(sentence)) {
            double w = width(token, fontPx);
            boolean closing = token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0;
            if (width + w > maxWidth && line.length() > 0 && !closing) {
                lines.add(line.toString().strip());
                line.setLength(0);
                width = 0;
                if (token.isBlank()) {
                    continue;
                }
            }
            if (w > maxWidth && !isCjk(token.codePointAt(0))) {
                for (String piece : hardSplit(token, fontPx, maxWidth)) {
                    if (line.length() > 0) {
                        lines.add(line.toString().strip());
                        line.setLength(0);
                    }
                    line.append(piece);
                }
                width = width(line.toString(), fontPx);
                continue;
            }
            line.append(token);
            width += w;
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** Tokens: one per CJK character or punctuation mark, one per run of spaces, one per Latin word. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                int j = i;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                out.add(" ");
                i = j;
            } else if (isCjk(cp) || NO_LINE_START.indexOf(cp) >= 0) {
                out.add(s.substring(i, i + len));
                i += len;
            } else {
                int j = i;
                while (j < s.length()) {
                    int c = s.codePointAt(j);
                    if (Character.isWhitespace(c) || isCjk(c) || (j > i && NO_LINE_START.indexOf(c) >= 0)) {
                        break;
                    }
                    j += Character.charCount(c);
                }
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    private static List<String> hardSplit(String word, double fontPx, double maxWidth) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (width(piece.toString() + c, fontPx) > maxWidth && piece.length() > 0) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(c);
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /** Estimated rendered width: full-width characters are one em, spaces a quarter, other characters 0.6 em. */
    public static double width(String s, double fontPx) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            em += isCjk(cp) ? 1.0 : cp == ' ' ? 0.25 : 0.6;
            i += Character.charCount(cp);
        }
        return em * fontPx;
    }

    /** Spoken length: a CJK character counts 1, a Latin letter or digit 0.4, punctuation nothing. */
    static double spokenWeight(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL) {
                w += 1;
            } else if (Character.isLetterOrDigit(cp)) {
                w += 0.4;
            }
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Whether a code point is full width (CJK ideographs, kana, hangul, CJK and full-width punctuation). */
    static boolean isCjk(int cp) {
        return Character.isIdeographic(cp) || (cp >= 0x3000 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7af)
                || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1100 && cp <= 0x11ff);
    }
}
