package dev.filmgen.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DaemonThreadFactoryTest {

    @Test
    void threadsAreDaemonsNumberedFromOneUnderThePrefix() throws Exception {
        DaemonThreadFactory f = new DaemonThreadFactory("filmgen-test-");
        AtomicBoolean ran = new AtomicBoolean();

        Thread first = f.newThread(() -> ran.set(true));
        Thread second = f.newThread(() -> { });
        first.start();
        first.join();

        assertTrue(first.isDaemon() && second.isDaemon());
        assertEquals("filmgen-test-1", first.getName());
        assertEquals("filmgen-test-2", second.getName());
        assertTrue(ran.get(), "the thread runs the task it was given");
    }
}
