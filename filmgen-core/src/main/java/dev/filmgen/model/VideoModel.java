package dev.filmgen.model;

import dev.filmgen.domain.MediaAsset;

/**
 * Animates a still into a short clip. Implementations must be thread-safe.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.VideoModelKit}): the result's bytes, readable by the
 * caller, are a video of what its media type says, with the first frame's aspect ratio; a duration, width or height
 * it reports is the clip's. Failures follow {@link TextModel}'s rules; remote tasks follow {@link TaskJournal}'s.
 */
@FunctionalInterface
public interface VideoModel {
    /** Makes one clip; resumes the journal's pending task instead of submitting again. */
    MediaAsset generate(VideoRequest request, TaskJournal journal);

    default MediaAsset generate(VideoRequest request) {
        return generate(request, TaskJournal.none());
    }

    /** Makes one clip and says what the provider billed for it (seconds at its resolution); see {@link Billed}. */
    default Billed<MediaAsset> generateBilled(VideoRequest request, TaskJournal journal) {
        return Billed.unreported(generate(request, journal));
    }
}
