package dev.filmgen.intent;

/** The rule classifier's canned answers, in Chinese or English. */
final class Replies {
    private Replies() {
    }

    static String askTopic(boolean zh) {
        return zh ? "请先告诉我要做广告的产品主题，比如“百炼椰汁”，也可以附上一张产品照片。"
                : "Tell me the product first, for example \"coconut water\"; you may attach a product photo.";
    }

    static String help(boolean zh, boolean hasTopic) {
        if (!hasTopic) {
            return askTopic(zh);
        }
        return zh ? "我可以：写脚本、设计分镜、创建角色、画角色图、写首帧描述、生成首帧、写运镜、生成视频、分配台词、"
                + "配音、合成成片，或者一键成片；也可以只改一处，比如“把分镜2的旁白改成……”或“第3个镜头更明亮一些”。"
                : "I can write the script, design the storyboard, create the characters, paint them, describe and "
                + "paint the first frames, plan the camera moves, make the clips, assign lines, record the voices, "
                + "compose the film, or make the whole film now. I can also change one thing, for example "
                + "\"change board 2's narration to …\" or \"make shot 3 brighter\".";
    }
}
