package dev.filmgen.stages.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {

    @Test
    void readsJsonInsideAMarkdownFenceWithProseAround() {
        String answer = "Sure! Here is the storyboard:\n```json\n{\"boards\": [{\"board\": 1, \"picture\": \"a {cup}\"}]}\n```\nEnjoy.";
        ObjectNode o = AnswerJson.parse(answer, "boards");
        assertEquals("a {cup}", o.get("boards").get(0).get("picture").asText());
    }

    @Test
    void readsJsonAfterProseWithoutAFence() {
        ObjectNode o = AnswerJson.parse("好的，结果如下：{\"title\": \"暖\"} 希望你喜欢", "x");
        assertEquals("暖", o.get("title").asText());
    }

    @Test
    void skipsBracesInProseThatAreNotJson() {
        ObjectNode o = AnswerJson.parse("Use {placeholders} like this: {\"slogan\": \"Go\"}", "x");
        assertEquals("Go", o.get("slogan").asText());
    }

    @Test
    void toleratesCommentsTrailingCommasAndSingleQuotes() {
        ObjectNode o = AnswerJson.parse("{ // the script\n 'title': 'A', \"slogan\": \"B\", }", "x");
        assertEquals("A", o.get("title").asText());
        assertEquals("B", o.get("slogan").asText());
    }

    @Test
    void readsKeysQuotedWithTypographicQuotesAndKeepsStraightQuotedValues() {
        ObjectNode o = AnswerJson.parse("{\u201Ctitle\u201D: \u201C暖\u201D, \"slogan\": \"温暖\"}", "x");
        assertEquals("暖", o.get("title").asText());
        ObjectNode inner = AnswerJson.parse("{\"story\": \"她说\u201C好暖\u201D\"}", "x");
        assertEquals("她说\u201C好暖\u201D", inner.get("story").asText());
    }

    @Test
    void wrapsABareArrayUnderTheListName() {
        ObjectNode o = AnswerJson.parse("[{\"board\": 1}, {\"board\": 2}]", "lines");
        assertEquals(2, o.get("lines").size());
    }

    @Test
    void answerWithoutJsonIsAProblemForTheWholeAnswer() {
        AnswerProblem p = assertThrows(AnswerProblem.class, () -> AnswerJson.parse("I cannot help with that.", "x"));
        assertEquals(-1, p.board());
        assertTrue(p.getMessage().contains("no JSON object"));
        assertThrows(AnswerProblem.class, () -> AnswerJson.parse("  ", "x"));
        assertThrows(AnswerProblem.class, () -> AnswerJson.parse("{\"title\": \"cut off", "x"));
    }

    @Test
    void fieldsMatchCaseInsensitivelyAndThroughAliases() {
        ObjectNode o = AnswerJson.parse("{\"Product Name\": \"Cup\", \"BOARD\": \"Board 3\", \"Characters\": \"Mia, 小米、none\"}", "x");
        assertEquals("Cup", Fields.text(o, "product_name"));
        assertEquals(3, Fields.number(o, "index", "board"));
        assertEquals(List.of("Mia", "小米"), Fields.names(o, "characters"));
    }

    @Test
    void nobodyWordsGiveAnEmptyCast() {
        ObjectNode o = AnswerJson.parse("{\"characters\": \"无\", \"roles\": [\"none\"]}", "x");
        assertEquals(List.of(), Fields.names(o, "characters"));
        assertEquals(List.of(), Fields.names(o, "roles"));
    }
}
