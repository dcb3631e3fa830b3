package dev.filmgen.stages.firstframeimage;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.internal.text.Languages;
import java.util.ArrayList;
import java.util.List;

/**
 * What one board's first frame must keep: its description, the characters whose portraits go along (in order),
 * and whether the product picture goes along too (last). The painter and the judge name the references by
 * position, the way reference models address them ("image 2", "图2").
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

    /** Portraits, then the product picture. */
    List<MediaAsset> references() {
        List<MediaAsset> all = new ArrayList<>(portraits);
        if (product != null) {
            all.add(product);
        }
        return all;
    }

    /** "image 2 is Mother, image 3 is the product" with the first reference at number {@code first}. */
    String referenceList(String language, int first) {
        boolean zh = zh(language);
        List<String> parts = new ArrayList<>();
        int n = first;
        for (String name : roleNames) {
            parts.add(zh ? "图" + n++ + "是" + name : "image " + n++ + " is " + name);
        }
        if (product != null) {
            String what = productName == null ? (zh ? "产品" : "the product")
                    : (zh ? "产品“" + productName + "”" : "the product \u201C" + productName + "\u201D");
            parts.add(zh ? "图" + n + "是" + what : "image " + n + " is " + what);
        }
        return String.join(zh ? "，" : ", ", parts);
    }

    static boolean zh(String language) {
        return Languages.ZH.equals(Languages.normalise(language));
    }
}
