package dev.filmgen.dashscope;

import java.util.ArrayList;
import java.util.List;

/** The stand-in Bailian's text answers: the red-kettle film with any number of boards and one character. */
final class FakeBailianScript {
    private final int boards;
    private final String framePadding;

    FakeBailianScript(int boards, int frameSentences) {
        this.boards = boards;
        this.framePadding = " Curtains sway in a light breeze while the wall clock shows seven.".repeat(frameSentences);
    }

    /** The JSON answer of {@code stage} ("Script", "Storyboard", "RoleDescription", …), or null. */
    String answer(String stage) {
        switch (stage) {
            case "Script":
                return "{\"title\":\"Steam in Style\",\"story\":\"Mia makes tea with the red kettle. The kettle sings."
                        + " Boil in style.\",\"characters\":[\"Mia\"],\"product_name\":\"Kettle K1\","
                        + "\"product_description\":\"A glossy red enamel kettle with a beech wood handle\","
                        + "\"slogan\":\"Boil in style\"}";
            case "Storyboard":
                return list("boards", i -> "{\"board\":" + i + ",\"characters\":" + (i % 2 == 1 ? "[\"Mia\"]" : "[]")
                        + ",\"picture\":\"" + (i % 2 == 1 ? "Mia lifts the red kettle in a sunny kitchen, shot " + i
                        : "Close-up of the red kettle steaming on the hob, shot " + i) + "\",\"narration\":\""
                        + "Kettle K1 moment " + i + ".\"}");
            case "RoleDescription":
                return "{\"roles\":[{\"name\":\"Mia\",\"look\":\"thirty, short black hair, warm smile\",\"clothes\":"
                        + "\"blue linen apron over a white shirt\",\"setting\":\"a sunny kitchen\"}]}";
            case "FirstFrameDescription":
                return list("frames", i -> "{\"board\":" + i + ",\"description\":\"The red kettle in the kitchen, "
                        + "frame " + i + ", morning light." + framePadding + "\"}");
            case "VideoDescription":
                return list("cameras", i -> "{\"board\":" + i + ",\"description\":\"slow push in, shot " + i + "\"}");
            case "Line":
                return list("lines", i -> "{\"board\":" + i + ",\"speaker\":\"" + (i % 2 == 1 ? "Mia" : "narrator")
                        + "\",\"text\":\"Kettle K1 moment " + i + ".\",\"voice\":\"" + (i % 2 == 1 ? "Serena" : "Ethan")
                        + "\"}");
            default:
                return null;
        }
    }

    private String list(String field, java.util.function.IntFunction<String> item) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= boards; i++) {
            items.add(item.apply(i));
        }
        return "{\"" + field + "\":[" + String.join(",", items) + "]}";
    }
}
