package dev.filmgen.dashscope;

import com.alibaba.dashscope.aigc.multimodalconversation.AudioParameters;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversation;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversationParam;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversationResult;
import dev.filmgen.dashscope.internal.ClientSettings;
import dev.filmgen.dashscope.internal.DashScopeErrors;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Voices from the Qwen-TTS family ({@code qwen3-tts-flash}, {@code qwen-tts}…; a synchronous multimodal-generation
 * call). A voice the model does not speak ({@link DashScopeCatalog}'s voice table) is refused before the call.
 * Returns the service's WAV URL (valid 24 h); the runner copies it into storage and measures it at once.
 */
public final class DashScopeSpeechModel implements SpeechModel, CatalogFacts {
    /** The voice used when a request names none. */
    public static final String DEFAULT_VOICE = "Cherry";
    private final ClientSettings settings;
    private final DashScopeErrors errors;

    DashScopeSpeechModel(ClientSettings settings) {
        this.settings = settings;
        this.errors = new DashScopeErrors(settings);
    }

    @Override
    public DashScopeRegion region() {
        return settings.region();
    }

    /** The request's voice (Cherry when it names none) in the model's spelling; refused when the model lacks it. */
    private String voice(SpeechRequest request, String what) {
        String asked = request.voice() == null || request.voice().isBlank() ? DEFAULT_VOICE : request.voice().trim();
        List<String> offered = voices(request.model()).orElse(null);
        if (offered == null) {
            return asked;
        }
        return offered.stream().filter(v -> v.equalsIgnoreCase(asked)).findFirst()
                .orElseThrow(() -> new InvalidInputException(what + ": " + request.model() + " has no voice '" + asked
                        + "' (it speaks " + String.join(", ", offered) + ")"));
    }

    @Override
    public MediaAsset speak(SpeechRequest request) {
        String what = request.model() + " speech" + (request.purpose() == null ? "" : " for " + request.purpose());
        if (request.text().isBlank()) {
            throw new InvalidInputException(what + ": there is no text to speak");
        }
        String voice = voice(request, what);
        MultiModalConversationParam.MultiModalConversationParamBuilder<?, ?> b = MultiModalConversationParam.builder()
                .apiKey(settings.apiKey()).model(request.model()).text(request.text());
        Optional<AudioParameters.Voice> known = Arrays.stream(AudioParameters.Voice.values())
                .filter(v -> v.getValue().equalsIgnoreCase(voice)).findFirst();
        if (known.isPresent()) {
            b.voice(known.get());
        } else {
            b.parameter("voice", voice);
        }
        MultiModalConversationResult result;
        try {
            result = new MultiModalConversation("http", settings.baseUrl(), settings.connectionOptions()).call(b.build());
        } catch (Exception e) {
            throw errors.map(what, e);
        }
        String url = result == null || result.getOutput() == null || result.getOutput().getAudio() == null ? null
                : result.getOutput().getAudio().getUrl();
        if (url == null || url.isBlank()) {
            throw errors.malformed(what, "no output.audio.url", null);
        }
        return MediaAsset.of(URI.create(url), "audio/wav");
    }
}
