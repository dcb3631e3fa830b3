package dev.filmgen.model;

import java.util.Optional;

/**
 * Remembers the id of a long-running remote task (an image or clip being generated) so that a
 * process killed mid-wait resumes polling the same task instead of submitting and paying again.
 * The runner implements it by writing to the session before the model starts waiting.
 *
 * <p>A port that runs remote tasks calls {@link #submitted} once per task it submits, before it waits. When
 * {@link #pendingTaskId()} names a task, the port resumes it and submits nothing; when the provider no longer knows
 * that task, the port throws a {@link dev.filmgen.error.ProviderRejectedException} with code
 * {@link dev.filmgen.error.ProviderRejectedException#TASK_EXPIRED} (it does not submit a new task itself: that is a
 * new paid call, which the runner makes once and announces). A port without remote tasks ignores the journal.
 */
public interface TaskJournal {
    /** The id of a task submitted earlier for these exact inputs, if one is still pending. */
    Optional<String> pendingTaskId();

    /** Records a just-submitted task id durably; called before waiting for it. */
    void submitted(String taskId);

    /** A journal that remembers nothing. */
    static TaskJournal none() {
        return new TaskJournal() {
            @Override
            public Optional<String> pendingTaskId() {
                return Optional.empty();
            }

            @Override
            public void submitted(String taskId) {
            }
        };
    }
}
