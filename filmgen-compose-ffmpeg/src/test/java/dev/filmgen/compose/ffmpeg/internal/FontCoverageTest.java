package dev.filmgen.compose.ffmpeg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.ffmpeg.FilmFonts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontCoverageTest {
    @TempDir
    Path dir;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FontCoverageTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theBaseFontDrawsGb2312AndLatinButNotTraditionalChineseOrHangul() throws IOException {
        FontCoverage base = FontCoverage.of(resource(FilmFonts.BASE_RESOURCE));
        assertEquals(7849, base.size(), "the character count its README states");
        for (int cp : "百炼椰汁Aé™©®【】—，".codePoints().toArray()) {
            assertTrue(base.covers(cp), new String(Character.toChars(cp)));
        }
        for (int cp : "臺灣烏龍한국𠮷\uE000".codePoints().toArray()) {
            assertFalse(base.covers(cp), new String(Character.toChars(cp)));
        }
    }

    @Test
    void theCjkFontDrawsEveryScriptOfTheRegionFromItsFileAsFromItsBytes() throws IOException {
        byte[] bytes = resource(FilmFonts.CJK_RESOURCE);
        Path file = Files.write(dir.resolve("cjk.otf"), bytes);
        FontCoverage fromBytes = FontCoverage.of(bytes);
        FontCoverage fromFile = FontCoverage.of(file);
        assertEquals(44810, fromBytes.size(), "the character count its README states");
        assertEquals(fromBytes.size(), fromFile.size());
        for (int cp : "臺灣烏龍百炼한국어ラテ𠮷䶮ＵＮＩ".codePoints().toArray()) {
            assertTrue(fromFile.covers(cp), new String(Character.toChars(cp)));
        }
        assertFalse(fromFile.covers(0xE000));
        assertFalse(fromFile.covers(0x1F525), "no emoji");
    }

    @Test
    void aFileThatIsNotAFontIsRefusedNotReadAsEmpty() throws IOException {
        Path text = Files.writeString(dir.resolve("readme.ttf"), "not a font at all, just some words");
        IOException e = assertThrows(IOException.class, () -> FontCoverage.of(text));
        assertTrue(e.getMessage().contains("not a TrueType/OpenType font"), e.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(resource(FilmFonts.BASE_RESOURCE), 40);
        assertThrows(IOException.class, () -> FontCoverage.of(truncated));
    }
}
