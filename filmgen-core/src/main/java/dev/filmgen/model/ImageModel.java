package dev.filmgen.model;

import dev.filmgen.domain.MediaAsset;

/**
 * Paints pictures (text-to-image, optionally with reference images). Implementations must be thread-safe.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.ImageModelKit}): the result's bytes, readable by the
 * caller through its {@code data:}, {@code file:} or {@code http(s):} URI, are what its media type says; the picture
 * has the requested aspect ratio (a provider may scale the size into its limits); a width, height or byte size it
 * reports is the picture's. Failures follow {@link TextModel}'s rules; remote tasks follow {@link TaskJournal}'s.
 */
@FunctionalInterface
public interface ImageModel {
    /**
     * Paints one picture. Long-running providers record their remote task in {@code journal} before
     * waiting and resume a pending one instead of submitting again.
     */
    MediaAsset generate(ImageRequest request, TaskJournal journal);

    default MediaAsset generate(ImageRequest request) {
        return generate(request, TaskJournal.none());
    }

    /**
     * Paints one picture and says what the provider billed for it. The runner calls this; a port that reads its
     * provider's usage overrides it (and implements {@link #generate(ImageRequest, TaskJournal)} through it).
     */
    default Billed<MediaAsset> generateBilled(ImageRequest request, TaskJournal journal) {
        return Billed.unreported(generate(request, journal));
    }
}
