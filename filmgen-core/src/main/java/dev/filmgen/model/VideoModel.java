package dev.filmgen.model;

import dev.filmgen.domain.MediaAsset;

/** Animates a still into a short clip. Implementations must be thread-safe. */
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
