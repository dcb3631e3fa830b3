package dev.filmgen.stages.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.internal.text.Languages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptsTest {
    private static final List<String> KEYS = List.of("topic", "insight", "max_roles", "max_boards", "script_json",
            "boards_json", "roles_json", "frames_json", "names", "count", "voices", "narrator", "problem",
            "product_name", "product_description", "name", "look", "clothes", "setting", "description");

    private static Map<String, String> allValues() {
        Map<String, String> m = new HashMap<>();
        KEYS.forEach(k -> m.put(k, "<" + k + ">"));
        return m;
    }

    @Test
    void everyTextTemplateFillsInBothLanguagesWithNoPlaceholderLeft() {
        for (String name : List.of("script/script", "storyboard/storyboard",
                "roledescription/role_description", "firstframedescription/first_frame_description",
                "videodescription/video_description", "line/line")) {
            for (String lang : List.of("zh", "en")) {
                for (String section : List.of("system", "user")) {
                    String text = Prompts.fill(name, lang, section, allValues());
                    assertFalse(text.contains("{{"), name + "." + lang + " " + section + ": " + text);
                    assertFalse(text.isBlank());
                }
            }
        }
        for (String[] s : new String[][] {{"internal/repair", "user"},
                {"script/script_product_photo", "question"}, {"script/script_product_picture", "prompt"},
                {"roleimage/role_image", "prompt"}, {"firstframeimage/first_frame_image", "prompt"},
                {"firstframeimage/first_frame_image", "clothes"}}) {
            for (String lang : List.of("zh", "en")) {
                assertFalse(Prompts.fill(s[0], lang, s[1], allValues()).contains("{{"));
            }
        }
    }

    @Test
    void chinesePromptsAreWrittenInChineseAndEnglishInEnglish() {
        String zh = Prompts.fill("storyboard/storyboard", "zh", "user", allValues());
        String en = Prompts.fill("storyboard/storyboard", "en", "user", allValues());
        assertTrue(zh.codePoints().filter(Languages::isCjk).count() > 50, zh);
        assertTrue(en.codePoints().noneMatch(Languages::isCjk), en);
        assertTrue(zh.contains("<max_boards>") && en.contains("<max_boards>"));
    }

    @Test
    void aMissingValueIsAnErrorNamingTheTemplateAndPlaceholder() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Prompts.fill("internal/repair", "en", "user", Map.of()));
        assertTrue(e.getMessage().contains("repair.en.txt") && e.getMessage().contains("{{problem}}"), e.getMessage());
    }

    @Test
    void aMissingSectionOrTemplateIsAnError() {
        assertThrows(IllegalStateException.class, () -> Prompts.fill("internal/repair", "en", "system", Map.of()));
        assertThrows(IllegalStateException.class, () -> Prompts.fill("nothing", "en", "user", Map.of()));
    }
}
