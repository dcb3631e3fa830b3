package dev.filmgen.compose.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilmFontsTest {
    @TempDir
    Path dir;

    private FilmFonts.Builder bundledOnly() {
        return FilmFonts.builder().cacheDir(dir.resolve("cache")).systemFonts(false);
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = FilmFontsTest.class.getResourceAsStream(resource)) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            return target;
        }
    }

    @Test
    void simplifiedChineseTakesTheSmallFontAndTraditionalJapaneseAndKoreanTheCjkOne() {
        FilmFonts fonts = bundledOnly().build();
        FilmFonts.Choice sc = fonts.choose("冰镇百炼椰汁，一口就满足 Coconut™");
        assertEquals("", sc.missing());
        assertTrue(sc.file().getFileName().toString().startsWith("NotoSansCJKsc-Bold-subset-"), sc.file().toString());
        assertEquals("", fonts.choose("宇治抹茶ラテ").missing(), "GB 2312 has kana too");
        for (String text : List.of("冰镇臺灣高山烏龍茶 禮盒裝", "설화수 윤조에센스", "宇治抹茶ラテ 個包装", "𠮷野家")) {
            FilmFonts.Choice c = fonts.choose(text);
            assertEquals("", c.missing(), text);
            assertTrue(c.file().getFileName().toString().startsWith("NotoSansCJKsc-Bold-cjk-"), c.file().toString());
            assertEquals(text, c.drawable(text));
        }
        assertTrue(sc.file().startsWith(dir.resolve("cache")), "class-path fonts are copied into the cache folder");
    }

    @Test
    void theCjkJarsFontIsWhereTheComposerLooksForIt() {
        assertEquals(dev.filmgen.fonts.cjk.CjkFont.RESOURCE, FilmFonts.CJK_RESOURCE);
        assertTrue(FilmFonts.class.getResource(FilmFonts.CJK_RESOURCE) != null);
    }

    @Test
    void whatNoFontDrawsIsNamedOnceAndLeftOutNeverDrawnAsABox() {
        FilmFonts.Choice c = bundledOnly().build().choose("茶\uE000茶\uE000 ok\u200B");
        assertEquals("\uE000", c.missing());
        assertEquals("茶茶 ok", c.drawable("茶\uE000茶\uE000 ok\u200B"), "invisible formatting goes too, unnamed");
    }

    @Test
    void withoutTheCjkJarTraditionalChineseComesFromAMachineFontOrIsNamedMissing() throws IOException {
        FilmFonts baseOnly = bundledOnly().resources(List.of(FilmFonts.BASE_RESOURCE)).build();
        FilmFonts.Choice c = baseOnly.choose("冰镇臺灣茶");
        assertEquals("臺灣", c.missing(), "the base font's best, with the rest named");
        assertEquals("冰镇茶", c.drawable("冰镇臺灣茶"));

        Path system = copy(FilmFonts.CJK_RESOURCE, "fonts/opentype/noto/NotoSansCJK.otf");
        FilmFonts withSystem = FilmFonts.builder().cacheDir(dir.resolve("cache"))
                .resources(List.of(FilmFonts.BASE_RESOURCE)).systemFontDirs(List.of(dir.resolve("fonts"))).build();
        FilmFonts.Choice fromMachine = withSystem.choose("冰镇臺灣茶");
        assertEquals("", fromMachine.missing());
        assertEquals(system, fromMachine.file());
        assertNotEquals(system, withSystem.choose("冰镇茶").file(), "the bundled font still comes first");
    }

    @Test
    void aFilmsOwnFontComesFirstAndFallsBackForWhatItLacks() throws IOException {
        Path own = copy(FilmFonts.BASE_RESOURCE, "brand.otf");
        FilmFonts fonts = bundledOnly().build();
        assertEquals(own, fonts.choose("百炼椰汁", own).file());
        assertTrue(fonts.choose("설화수", own).file().getFileName().toString().startsWith("NotoSansCJKsc-Bold-cjk-"));
        Path broken = Files.writeString(dir.resolve("broken.ttf"), "nope");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> fonts.choose("tea", broken));
        assertTrue(e.getMessage().contains("broken.ttf"), e.getMessage());
    }

    @Test
    void aPlantedFileInTheCacheIsReplacedNotLoaded() throws IOException {
        FilmFonts first = bundledOnly().build();
        Path cached = first.choose("茶").file();
        byte[] genuine = Files.readAllBytes(cached);
        Files.writeString(cached, "planted");
        Path again = bundledOnly().build().choose("茶").file();
        assertEquals(cached, again);
        assertEquals(genuine.length, Files.size(again));
    }
}
