package dev.filmgen.spring.boot.autoconfigure.internal;

import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each event to every listener bean in order; one that throws is logged and never stops the others. */
public final class CompositeListener implements FilmListener {
    private static final Logger LOG = LoggerFactory.getLogger(CompositeListener.class);
    private final List<FilmListener> listeners;

    public CompositeListener(List<FilmListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onEvent(FilmEvent event) {
        for (FilmListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("filmgen listener {} failed on {}: {}", l, event.type(), e.toString());
            }
        }
    }
}
