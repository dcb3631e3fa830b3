package dev.filmgen.internal.runner;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.Units;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts a call's units the way providers bill them, when the provider did not say: before a call to check the
 * budget (generous on answer length), and after a call whose port reported no usage (marked estimated). Tokens:
 * one per CJK character, one per four other characters (Model Studio's rule of thumb); a picture given to a vision
 * model is one token per 28×28 pixels (Model Studio billing page); speech is 50 audio tokens a second (Qwen-TTS
 * page) and two characters per Chinese character (Qwen3-TTS page).
 */
final class CallEstimates {
    /** Answer tokens assumed before a text call that sets no limit: a storyboard's JSON for twelve boards. */
    static final long TEXT_ANSWER_TOKENS = 2_000;
    /** Answer tokens assumed before a vision call: a verdict or a description, reasoning included. */
    static final long VISION_ANSWER_TOKENS = 1_500;
    /** Tokens of a picture whose size is unknown: a 1280×720 frame. */
    static final long PICTURE_TOKENS = 1_200;
    private static final int AUDIO_TOKENS_PER_SECOND = 50;

    private CallEstimates() {
    }

    /** The units a call will probably bill, on the high side. */
    static Units before(Object request) {
        if (request instanceof TextRequest) {
            TextRequest r = (TextRequest) request;
            long out = r.maxTokens() != null ? r.maxTokens() : TEXT_ANSWER_TOKENS;
            return Units.tokens(prompt(r), out);
        }
        if (request instanceof VisionRequest) {
            return Units.tokens(prompt((VisionRequest) request), VISION_ANSWER_TOKENS);
        }
        if (request instanceof ImageRequest) {
            return Units.of(Units.IMAGES, 1);
        }
        if (request instanceof VideoRequest) {
            VideoRequest r = (VideoRequest) request;
            return Units.of(Units.videoSeconds(r.resolution()), Math.max(1, r.durationSeconds()));
        }
        if (request instanceof SpeechRequest) {
            return speech((SpeechRequest) request, seconds(((SpeechRequest) request).text()));
        }
        return Units.NONE;
    }

    /** The units of a finished call whose port reported none, from the request and the result. */
    static Units after(Object request, Object result) {
        if (request instanceof TextRequest) {
            return Units.tokens(prompt((TextRequest) request), tokens(String.valueOf(result)));
        }
        if (request instanceof VisionRequest) {
            return Units.tokens(prompt((VisionRequest) request), tokens(String.valueOf(result)));
        }
        if (request instanceof VideoRequest && result instanceof MediaAsset) {
            VideoRequest r = (VideoRequest) request;
            Double d = ((MediaAsset) result).durationSeconds();
            long seconds = d == null ? r.durationSeconds() : (long) Math.ceil(d - 1e-6);
            return Units.of(Units.videoSeconds(r.resolution()), Math.max(1, seconds));
        }
        if (request instanceof SpeechRequest && result instanceof MediaAsset) {
            Double d = ((MediaAsset) result).durationSeconds();
            SpeechRequest r = (SpeechRequest) request;
            return speech(r, d == null ? seconds(r.text()) : d);
        }
        return before(request);
    }

    private static Units speech(SpeechRequest r, double seconds) {
        Map<String, Long> m = new HashMap<>();
        m.put(Units.CHARACTERS, characters(r.text()));
        m.put(Units.INPUT_TOKENS, tokens(r.text()));
        m.put(Units.OUTPUT_TOKENS, Math.max(1, (long) Math.ceil(seconds)) * AUDIO_TOKENS_PER_SECOND);
        return new Units(m);
    }

    private static long prompt(TextRequest r) {
        long n = 0;
        for (ChatMessage m : r.messages()) {
            n += tokens(m.text()) + 4;
        }
        return n;
    }

    private static long prompt(VisionRequest r) {
        long n = tokens(r.question()) + picture(r.image());
        for (MediaAsset a : r.references()) {
            n += picture(a);
        }
        return n;
    }

    private static long picture(MediaAsset a) {
        if (a.width() == null || a.height() == null) {
            return PICTURE_TOKENS;
        }
        return Math.max(4, (long) Math.ceil(a.width() / 28.0) * (long) Math.ceil(a.height() / 28.0));
    }

    /** Tokens of {@code text}: one per CJK character, one per four other characters. */
    static long tokens(String text) {
        long cjk = text.codePoints().filter(Languages::isCjk).count();
        long other = text.codePointCount(0, text.length()) - cjk;
        return cjk + (other + 3) / 4;
    }

    /** Speech characters as Qwen3-TTS counts them: a Chinese character is two, anything else one. */
    static long characters(String text) {
        return text.codePoints().mapToLong(c -> Languages.isCjk(c) ? 2 : 1).sum();
    }

    /** Seconds of speech: 4.5 CJK characters or 2.7 words a second, at least one. */
    private static double seconds(String text) {
        long cjk = text.codePoints().filter(Languages::isCjk).count();
        long words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        return Math.max(1.0, cjk / 4.5 + (cjk > 0 ? 0 : words / 2.7));
    }
}
