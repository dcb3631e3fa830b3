package dev.filmgen.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.testing.SellerTitles;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class TopicTest {
    static final java.util.List<SellerTitles.Title> TITLES = SellerTitles.ALL;

    @ParameterizedTest
    @FieldSource("TITLES")
    void productTitlesAsSellersWriteThemAreAcceptedAsWritten(SellerTitles.Title t) {
        assertEquals(t.title(), Topic.validText(t.title()));
        assertEquals(t.title(), Topic.validText("  " + t.title() + "\n"), "only the ends are trimmed");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("   ", "empty"),
                Arguments.of(null, "empty"),
                Arguments.of("椰".repeat(501), "501 characters long"),
                Arguments.of("tea\u0007", "control character (U+0007)"),
                Arguments.of("tea\u001b[31m", "control character (U+001B)"),
                Arguments.of("椰汁\uD83E", "lone UTF-16 surrogate"),
                Arguments.of("椰汁\uFFFE", "non-character (U+FFFE)"),
                Arguments.of("🔥🔥 ™ 【】", "no words"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void whatCannotBeAThemeIsRefusedNamingWhy(String raw, String named) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Topic.validText(raw));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void lineBreaksTabsAndInvisibleJoinersArePartOfPastedTitles(String raw) {
        assertEquals(raw, Topic.validText(raw));
    }

    static Stream<String> accepted() {
        return Stream.of("百炼椰汁\n夏日限定", "Sparkling\tlemon tea", "\uFEFF椰汁\u200B礼盒", "👨‍👩‍👧 family pack",
                "椰".repeat(500));
    }
}
