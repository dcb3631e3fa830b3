package dev.filmgen.protocol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.filmgen.event.FilmEvent;
import java.util.function.Function;

/**
 * The content of the message sent for one finished item, shaped like the reference demo's (protocols.md
 * A8): a role portrait as {@code data {"<role>": url}}, a first frame or product picture as {@code image},
 * a clip or a voice as {@code data {url: name}}, the film as {@code data {"video_url": url}}.
 */
final class MediaContents {
    private MediaContents() {
    }

    static Function<String, ArrayNode> of(FilmEvent.ItemDone item, String url) {
        return of(item, url, null);
    }

    /**
     * As {@link #of(FilmEvent.ItemDone, String)}; a judged first frame is followed, in the same message, by a
     * {@code data} content {@code {"board", "score", "candidates", "verdict"}} (score null when it was not judged).
     */
    static Function<String, ArrayNode> of(FilmEvent.ItemDone item, String url, FilmEvent.FrameJudged judged) {
        return msgId -> {
            ArrayNode a = WireObjects.JSON.createArrayNode();
            int index = item.index() < 0 ? 0 : item.index();
            String name = item.name() == null ? "item " + (index + 1) : item.name();
            switch (item.stage()) {
                case FILM:
                    a.add(data(index, msgId, "video_url", url));
                    break;
                case ROLE_IMAGE:
                    a.add(data(index, msgId, name, url));
                    break;
                case VIDEO:
                case AUDIO:
                    a.add(data(index, msgId, url, name));
                    break;
                default:
                    if (item.asset().mediaType().startsWith("image/")) {
                        a.add(WireObjects.content(null, "completed", "image", index, false, msgId, "image_url",
                                TextNode.valueOf(url)));
                    } else {
                        a.add(data(index, msgId, "url", url));
                    }
            }
            if (judged != null) {
                ObjectNode d = WireObjects.JSON.createObjectNode();
                d.put("board", judged.board() + 1);
                if (judged.score() == null) {
                    d.putNull("score");
                } else {
                    d.put("score", judged.score());
                }
                d.put("candidates", judged.candidates());
                d.put("verdict", judged.sentence() == null ? "" : judged.sentence());
                a.add(WireObjects.content(null, "completed", "data", index, false, msgId, "data", d));
            }
            return a;
        };
    }

    /** The Film stage's content when only its link is known. */
    static Function<String, ArrayNode> film(String url) {
        return msgId -> {
            ArrayNode a = WireObjects.JSON.createArrayNode();
            a.add(data(0, msgId, "video_url", url));
            return a;
        };
    }

    static Function<String, ArrayNode> text(String text) {
        return msgId -> {
            ArrayNode a = WireObjects.JSON.createArrayNode();
            a.add(WireObjects.content(null, "completed", "text", 0, false, msgId, "text", TextNode.valueOf(text)));
            return a;
        };
    }

    private static ObjectNode data(int index, String msgId, String key, String value) {
        ObjectNode d = WireObjects.JSON.createObjectNode();
        d.put(key, value);
        return WireObjects.content(null, "completed", "data", index, false, msgId, "data", d);
    }
}
