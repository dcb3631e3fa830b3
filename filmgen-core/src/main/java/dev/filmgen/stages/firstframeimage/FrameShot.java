package dev.filmgen.stages.firstframeimage;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.internal.text.Languages;
import java.util.ArrayList;
import java.util.List;

/**
 * What one board's first frame must keep: its description, whether the product picture goes along (first, so a model
 * that takes fewer references than a crowded board has drops a character before the product), and the characters
 * whose portraits go along, in order. The painter and the judge name the references by position, the way reference
 * models address them ("image 2", "图2").
 *
 * @param description the board's first-frame description
 * @param roleNames the characters with a portrait among the references, in reference order
 * @param portraits their portraits
 * @param product the product picture, or null when the board does not show the product or there is none
 * @param productName the product's name from the script, or null
 * @param showsProduct whether the board is a product shot
 */
record FrameShot(String description, List<String> roleNames, List<MediaAsset> portraits, MediaAsset product,
                 String productName, boolean showsProduct) {
    FrameShot {
        roleNames = List.copyOf(roleNames);
        portraits = List.copyOf(portraits);
    }

    /** The product picture, then the portraits. */
    List<MediaAsset> references() {
        List<MediaAsset> all = new ArrayList<>();
        if (product != null) {
            all.add(product);
        }
        all.addAll(portraits);
        return all;
    }

    /** "image 2 is the product, image 3 is Mother" with the first reference at number {@code first}. */
    String referenceList(String language, int first) {
        boolean zh = zh(language);
        List<String> parts = new ArrayList<>();
        int n = first;
        if (product != null) {
            String what = productName == null ? (zh ? "产品" : "the product")
                    : (zh ? "产品“" + productName + "”" : "the product \u201C" + productName + "\u201D");
            parts.add(zh ? "图" + n++ + "是" + what : "image " + n++ + " is " + what);
        }
        for (String name : roleNames) {
            parts.add(zh ? "图" + n++ + "是" + name : "image " + n++ + " is " + name);
        }
        return String.join(zh ? "，" : ", ", parts);
    }

    static boolean zh(String language) {
        return Languages.ZH.equals(Languages.normalise(language));
    }
}
