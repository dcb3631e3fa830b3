package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.model.TaskJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a long-running remote port (pictures, clips made by an asynchronous task) uses its {@link TaskJournal}, mixed
 * into {@link ImageModelKit} or {@link VideoModelKit} by the test of such a port: a new task is journaled once, a
 * pending one is resumed instead of paid for again, an expired one is reported with the code the runner reacts to,
 * and a task that ends FAILED is rejected, not retried.
 */
public interface RemoteTaskKit {

    /** Arranges a task the provider has already finished; returns its id. */
    String finishedTask();

    /** Arranges a task id the provider no longer knows (task ids expire); returns it. */
    String expiredTask();

    /** Arranges that the next task submitted ends FAILED (for example by content moderation). */
    void failNextTask();

    /** How many tasks the fake provider has accepted so far. */
    int submissions();

    /** One call of the port with {@code journal}; the model kit implements it. */
    MediaAsset callWith(TaskJournal journal);

    /** A journal that hands out {@code pending} and records what the port submits. */
    final class Recording implements TaskJournal {
        private final String pending;
        private final List<String> submitted = new ArrayList<>();

        public Recording(String pending) {
            this.pending = pending;
        }

        @Override
        public Optional<String> pendingTaskId() {
            return Optional.ofNullable(pending);
        }

        @Override
        public synchronized void submitted(String taskId) {
            submitted.add(taskId);
        }

        /** The task ids the port recorded, in order. */
        public synchronized List<String> submitted() {
            return List.copyOf(submitted);
        }
    }

    @Test
    default void aNewTaskIsJournaledOnce() {
        Recording journal = new Recording(null);
        int before = submissions();

        callWith(journal);

        assertEquals(1, submissions() - before, "one task submitted");
        assertEquals(1, journal.submitted().size(), "the submitted task is journaled once: " + journal.submitted());
        assertFalse(journal.submitted().get(0).isBlank());
    }

    @Test
    default void aPendingTaskIsResumedNotSubmittedAgain() {
        String id = finishedTask();
        Recording journal = new Recording(id);
        int before = submissions();

        MediaAsset result = callWith(journal);

        assertEquals(0, submissions() - before, "resuming " + id + " must not submit (and pay for) a new task");
        assertTrue(journal.submitted().isEmpty() || journal.submitted().equals(List.of(id)), journal.submitted().toString());
        assertTrue(result.uri() != null);
    }

    @Test
    default void anExpiredTaskIsReportedAsTaskExpiredWithoutSubmitting() {
        String id = expiredTask();
        int before = submissions();

        ProviderRejectedException e = assertThrows(ProviderRejectedException.class,
                () -> callWith(new Recording(id)));

        assertEquals(ProviderRejectedException.TASK_EXPIRED, e.code(), e.getMessage());
        assertEquals(0, submissions() - before, "the runner decides whether to pay for a new task, not the port");
    }

    @Test
    default void aTaskThatEndsFailedIsRejectedNotRetried() {
        failNextTask();
        int before = submissions();

        ProviderRejectedException e = assertThrows(ProviderRejectedException.class,
                () -> callWith(new Recording(null)));

        assertFalse(e.isRetriable());
        assertEquals(1, submissions() - before, "a failed task is not submitted again by the port");
    }
}
