package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliOptionsTest {

    @Test
    void parsesEveryOption() throws Exception {
        CliOptions o = CliOptions.parse(new String[] {"--boards", "3", "--roles", "1", "--aspect", "9x16",
                "--out", "x/film.mp4", "--seed", "7", "--offline", "--session", "s-1", "--budget", "¥12.5", "  百炼椰汁 "});
        assertEquals("百炼椰汁", o.topic());
        assertEquals(3, o.boards());
        assertEquals(1, o.roles());
        assertEquals("9:16", o.aspect());
        assertEquals(Path.of("x/film.mp4"), o.out());
        assertEquals(7L, o.seed());
        assertTrue(o.offline());
        assertEquals("s-1", o.session());
        assertEquals(new java.math.BigDecimal("12.5"), o.budget());
    }

    @Test
    void helpReturnsNull() throws Exception {
        assertNull(CliOptions.parse(new String[] {"--help"}));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'   '|the product theme is empty",
        "--boards 0 tea|--boards must be from 1 to 12, not 0",
        "--boards 50 tea|--boards must be from 1 to 12, not 50",
        "--boards many tea|--boards must be a whole number",
        "--aspect 4:3 tea|--aspect must be 16:9, 9:16 or 1:1",
        "--session ../etc tea|--session must be",
        "--config /nonexistent/config.json tea|is not a readable file",
        "--bogus tea|unknown option --bogus",
        "--out|--out needs a value",
        "--budget lots tea|--budget must be an amount in yuan such as 20 or 12.5, not 'lots'",
        "--budget -3 tea|--budget must be from 0 to 1000000 yuan, not -3",
        "--budget 2000000 tea|--budget must be from 0 to 1000000 yuan",
    })
    void badInputIsOneClearLine(String argLine, String expected) {
        String[] args = argLine.isBlank() ? new String[] {argLine} : argLine.split(" ");
        CliOptions.UsageException e = assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse(args));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void rejectsControlCharactersEmojiAndHugeTopics() {
        assertTrue(assertThrows(CliOptions.UsageException.class, () -> CliOptions.topic("tea\u0007"))
                .getMessage().contains("U+0007"));
        assertTrue(assertThrows(CliOptions.UsageException.class, () -> CliOptions.topic("椰汁\uD83E\uDD65"))
                .getMessage().contains("emoji (U+1F965)"));
        assertTrue(assertThrows(CliOptions.UsageException.class, () -> CliOptions.topic("椰".repeat(5000)))
                .getMessage().contains("5000 characters"));
    }
}
