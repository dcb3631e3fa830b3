package dev.filmgen.stages.internal;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Script;
import dev.filmgen.internal.text.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a board is a product shot, so its first frame gets the product picture as a
 * reference: a board with no characters, or whose picture names the product (its full name, a word of
 * an English name, the head noun at the end of a Chinese name, or the words "product"/"产品").
 */
public final class ProductMentions {
    private ProductMentions() {
    }

    public static boolean isProductShot(Board board, Script script) {
        if (board.characters().isEmpty()) {
            return true;
        }
        String picture = board.picture().toLowerCase(Locale.ROOT);
        for (String key : keys(script)) {
            if (picture.contains(key)) {
                return true;
            }
        }
        return false;
    }

    static List<String> keys(Script script) {
        List<String> keys = new ArrayList<>(List.of("product", "产品"));
        if (script == null || script.productName() == null) {
            return keys;
        }
        String name = script.productName().trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
            keys.add(name);
        }
        for (String word : name.split("[^\\p{L}\\p{N}]+")) {
            if (word.codePoints().anyMatch(Languages::isCjk)) {
                int n = word.length();
                if (n >= 2) {
                    keys.add(word.substring(n - 2));
                }
                if (n >= 3) {
                    keys.add(word.substring(n - 3));
                }
            } else if (word.length() >= 4) {
                keys.add(word);
            }
        }
        return keys;
    }
}
