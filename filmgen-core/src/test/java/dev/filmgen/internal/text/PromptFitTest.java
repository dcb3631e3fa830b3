package dev.filmgen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromptFitTest {
    private static final String STYLE = "Style: bright, airy advertising photograph, natural daylight, lifelike colours.";

    @Test
    void aPromptWithinTheCapIsLeftAlone() {
        String p = "Mia holds the kettle.\n" + STYLE;
        assertSame(p, PromptFit.fit(p, 500, List.of("Kettle K1")));
    }

    @Test
    void subjectProductAndStyleSurviveWhileOtherSentencesGo() {
        String filler = "The curtains sway in a light breeze and the wall clock shows seven. ".repeat(6);
        String prompt = "Mia lifts the red kettle in a sunny kitchen. " + filler
                + "The Kettle K1 logo faces the camera. " + filler + "\nWardrobe: blue apron.\n" + STYLE;
        String fitted = PromptFit.fit(prompt, 500, List.of("Kettle K1"));

        assertTrue(fitted.length() <= 500, fitted.length() + ": " + fitted);
        assertTrue(fitted.startsWith("Mia lifts the red kettle in a sunny kitchen."), fitted);
        assertTrue(fitted.contains("The Kettle K1 logo faces the camera."), fitted);
        assertTrue(fitted.endsWith(STYLE), fitted);
    }

    @Test
    void aStyleBlockWrappedOverSeveralLinesStaysWhole() {
        String style = "Wardrobe: Mia wears a blue apron.\nStyle: bright, airy advertising photograph, natural daylight,"
                + "\ncrisp detail, uncluttered composition.";
        String prompt = "The red kettle in the kitchen, morning light."
                + " Curtains sway in a light breeze while the wall clock shows seven.".repeat(12) + "\n" + style;
        String fitted = PromptFit.fit(prompt, 500, List.of("Kettle K1"));

        assertTrue(fitted.length() <= 500, fitted.length() + ": " + fitted);
        assertTrue(fitted.startsWith("The red kettle in the kitchen, morning light."), fitted);
        assertTrue(fitted.endsWith("\n" + style), fitted);
    }

    @Test
    void chineseSentencesAreCutAtTheirStops() {
        String prompt = "小美在阳光厨房里举起红色水壶。" + "窗帘在微风中轻轻摆动，墙上的钟指向七点。".repeat(30)
                + "百炼椰汁的标志正对镜头。\n风格：明亮通透的广告摄影，自然日光。";
        String fitted = PromptFit.fit(prompt, 120, List.of("百炼椰汁"));

        assertTrue(fitted.length() <= 120, fitted.length() + ": " + fitted);
        assertTrue(fitted.startsWith("小美在阳光厨房里举起红色水壶。"), fitted);
        assertTrue(fitted.contains("百炼椰汁的标志正对镜头。") && fitted.endsWith("风格：明亮通透的广告摄影，自然日光。"), fitted);
    }

    @Test
    void aSubjectLongerThanTheCapIsCutAtAWordBoundary() {
        String prompt = ("Mia lifts the glossy red enamel kettle with its beech wood handle " + "and smiles ".repeat(60))
                + "\n" + STYLE;
        String fitted = PromptFit.fit(prompt, 200, List.of());
        assertTrue(fitted.length() <= 200, fitted);
        assertTrue(fitted.endsWith(STYLE));
        String body = fitted.substring(0, fitted.indexOf('\n'));
        assertFalse(body.endsWith("smil") || body.endsWith(" "), "cut between words: '" + body + "'");
        assertEquals(List.of("One. ", "Two! ", "三。", "四"), PromptFit.sentences("One. Two! 三。四"));
    }
}
