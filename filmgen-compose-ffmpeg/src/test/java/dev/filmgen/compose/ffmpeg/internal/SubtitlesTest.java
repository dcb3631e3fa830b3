package dev.filmgen.compose.ffmpeg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubtitlesTest {

    @Test
    void splitsOnChineseAndLatinSentencePunctuationButNotInsideNumbers() {
        assertEquals(List.of("保温十二小时", "真的吗？", "Price is 3.5 dollars!", "Buy now"),
                Subtitles.sentences("保温十二小时。真的吗？Price is 3.5 dollars! Buy now."));
        assertEquals(List.of("一；", "二;", "三"), Subtitles.sentences("一；二; 三"));
    }

    @Test
    void wrapsChineseAnywhereButNeverStartsALineWithClosingPunctuation() {
        // 10 px per CJK character, 50 px per line: five characters a line
        List<String> lines = Subtitles.wrap("一二三四五，六七八九十", 10, 50);
        assertEquals(List.of("一二三四五，", "六七八九十"), lines);
    }

    @Test
    void neverSplitsALatinWordAcrossLines() {
        List<String> lines = Subtitles.wrap("Keep your coffee hot for twelve hours", 10, 100);
        for (String line : lines) {
            assertTrue(Subtitles.width(line, 10) <= 100, line);
        }
        assertEquals("Keep your coffee hot for twelve hours", String.join(" ", lines));
        assertTrue(lines.stream().allMatch(l -> List.of("Keep", "your", "coffee", "hot", "for", "twelve", "hours")
                .containsAll(List.of(l.split(" ")))), lines.toString());
    }

    @Test
    void mixedTextBreaksBetweenCjkAndLatinWords() {
        List<String> lines = Subtitles.wrap("采用316不锈钢内胆", 10, 60);
        assertTrue(lines.stream().anyMatch(l -> l.contains("316")), lines.toString());
        assertEquals("采用316不锈钢内胆", String.join("", lines));
    }

    @Test
    void timesSentencesInProportionToTheirSpokenLength() {
        List<Subtitles.Cue> cues = Subtitles.cues("一二三。四五六七八九。", 1.0, 4.0, 10, 1000);
        assertEquals(2, cues.size());
        assertEquals(1.0, cues.get(0).start(), 1e-9);
        assertEquals(2.0, cues.get(0).end(), 1e-9);
        assertEquals(2.0, cues.get(1).start(), 1e-9);
        assertEquals(4.0, cues.get(1).end(), 1e-9);
        assertEquals(List.of("四五六七八九"), cues.get(1).lines());
    }

    @Test
    void longSentencesShowAtMostTwoLinesAtATime() {
        List<Subtitles.Cue> cues = Subtitles.cues("一二三四五六七八九十一二三四五六七八九十", 0, 2, 10, 50);
        assertEquals(2, cues.size());
        assertTrue(cues.stream().allMatch(c -> c.lines().size() <= 2));
        assertEquals(2.0, cues.get(1).end(), 1e-9);
    }
}
