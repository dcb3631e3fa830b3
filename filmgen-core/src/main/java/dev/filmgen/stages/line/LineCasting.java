package dev.filmgen.stages.line;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Line;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns Line drafts into lines: the words are always the board's narration, every speaker keeps one
 * voice from the offered list, unknown or missing voices are cast deterministically, and a board the
 * model skipped is spoken by the narrator. Every correction is reported.
 */
final class LineCasting {
    private static final java.util.Set<String> NARRATORS = java.util.Set.of("narrator", "voiceover", "voice-over",
            "voice over", "旁白", "画外音", "解说");
    private final List<String> voices;
    private final String narrator;
    private final String narratorVoice;
    private final Consumer<String> notices;
    private final Map<String, String> voiceBySpeaker = new LinkedHashMap<>();

    /**
     * @param voices the voice ids the speech model offers, at least one
     * @param narrator the speaker name used for the narrator ("narrator", "旁白")
     * @param narratorVoice the narrator's voice (one of {@code voices})
     */
    public LineCasting(List<String> voices, String narrator, String narratorVoice, Consumer<String> notices) {
        if (voices.isEmpty()) {
            throw new IllegalArgumentException("voices must not be empty");
        }
        this.voices = List.copyOf(voices);
        this.narrator = narrator;
        this.narratorVoice = known(narratorVoice) != null ? known(narratorVoice) : voices.get(0);
        this.notices = notices;
    }

    /** One line per board, in board order. */
    public List<Line> cast(List<Board> boards, LineParser.Draft[] drafts) {
        List<Line> lines = new ArrayList<>();
        for (Board b : boards) {
            LineParser.Draft d = b.index() < drafts.length ? drafts[b.index()] : null;
            String where = "board " + (b.index() + 1);
            if (d == null) {
                notices.accept("Line " + where + ": the model gave no line; the narrator speaks the storyboard's narration");
                lines.add(new Line(b.index(), narrator, b.narration(), voiceFor(narrator, null, where)));
                continue;
            }
            String speaker = d.speaker() == null ? narrator : d.speaker();
            if (d.text() != null && !comparable(d.text()).equals(comparable(b.narration()))) {
                notices.accept("Line " + where + ": the model changed the narration; the storyboard's words are kept");
            }
            lines.add(new Line(b.index(), speaker, b.narration(), voiceFor(speaker, d.voice(), where)));
        }
        return lines;
    }

    private String voiceFor(String speaker, String proposed, String where) {
        String key = speaker.trim().toLowerCase(Locale.ROOT);
        String wanted = known(proposed);
        String had = voiceBySpeaker.get(key);
        if (had != null) {
            if (wanted != null && !wanted.equals(had)) {
                notices.accept("Line " + where + ": " + speaker + " keeps voice " + had + " (the model chose " + wanted + ")");
            }
            return had;
        }
        if (wanted == null) {
            if (proposed != null) {
                notices.accept("Line " + where + ": voice \"" + proposed + "\" is not offered; choosing one from "
                        + String.join(", ", voices));
            }
            wanted = isNarrator(key) ? narratorVoice : unused();
        }
        voiceBySpeaker.put(key, wanted);
        return wanted;
    }

    private boolean isNarrator(String key) {
        return key.equals(narrator.toLowerCase(Locale.ROOT)) || NARRATORS.contains(key);
    }

    private String unused() {
        for (String v : voices) {
            if (!voiceBySpeaker.containsValue(v) && !v.equals(narratorVoice)) {
                return v;
            }
        }
        return voices.get(voiceBySpeaker.size() % voices.size());
    }

    private String known(String voice) {
        if (voice == null) {
            return null;
        }
        for (String v : voices) {
            if (v.equalsIgnoreCase(voice.trim())) {
                return v;
            }
        }
        return null;
    }

    private static String comparable(String s) {
        return s.replaceAll("[\\p{P}\\p{S}\\s]+", "").toLowerCase(Locale.ROOT);
    }
}
