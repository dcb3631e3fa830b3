package dev.filmgen.session;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.stage.Stage;
import java.time.Instant;

/**
 * One unit of paid work, keyed by a hash of everything that went into it (prompt, model,
 * parameters, upstream results). Finished records let a later run reuse the result; pending ones
 * carry the remote task id so a restarted process resumes polling instead of paying again.
 *
 * @param key the input hash
 * @param stage the stage it belongs to
 * @param item board or role index, or -1 for a whole-stage task
 * @param status what state the work is in
 * @param remoteTaskId the provider's task id once submitted, or null
 * @param text a text result (model answer), or null
 * @param asset a media result, or null
 * @param updatedAt last change
 */
public record TaskRecord(String key, Stage stage, int item, Status status, String remoteTaskId, String text,
                         MediaAsset asset, Instant updatedAt) {

    /** Where a task stands. */
    public enum Status { SUBMITTED, DONE }
}
