package dev.filmgen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmgen.testing.SellerTitles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ScriptsTest {
    static final List<SellerTitles.Title> TITLES = SellerTitles.ALL;

    @ParameterizedTest
    @FieldSource("TITLES")
    void sellerTitlesNameTheirWritingAndTheirFilmLanguage(SellerTitles.Title t) {
        assertEquals(t.foreign(), Scripts.foreign(t.title()));
        assertEquals(t.language(), Languages.detect(t.title()));
    }

    @Test
    void otherScriptsAreNamedByTheirLetters() {
        assertEquals("Thai", Scripts.foreign("ชาไทย Thai tea"));
        assertEquals("Cyrillic", Scripts.foreign("Водка Premium"));
        assertEquals(null, Scripts.foreign("Nike® Air 耐克 ✨ 123"));
        assertEquals(null, Scripts.foreign(null));
    }
}
