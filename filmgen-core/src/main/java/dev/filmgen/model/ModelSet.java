package dev.filmgen.model;

import java.util.Objects;

/**
 * One provider's set of model ports, as presets hand them to {@code FilmAgent.builder().models(...)}.
 * A port may be null when the provider has none of that kind.
 *
 * @param text chat model
 * @param image picture model
 * @param video clip model
 * @param speech voice model
 * @param vision picture-description model
 */
public record ModelSet(TextModel text, ImageModel image, VideoModel video, SpeechModel speech,
                       VisionModel vision) {

    /** This set with the missing ports taken from {@code fallback}. */
    public ModelSet orElse(ModelSet fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return new ModelSet(text != null ? text : fallback.text, image != null ? image : fallback.image,
                video != null ? video : fallback.video, speech != null ? speech : fallback.speech,
                vision != null ? vision : fallback.vision);
    }
}
