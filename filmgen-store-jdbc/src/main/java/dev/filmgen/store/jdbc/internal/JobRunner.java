package dev.filmgen.store.jdbc.internal;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmListener;
import dev.filmgen.intent.Intent;
import dev.filmgen.session.FilmSession;
import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.FilmJobRequest;
import dev.filmgen.store.jdbc.FilmJobResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one claimed job's turns on the local agent. A film job is a new-topic turn and a make-the-film turn; when
 * the job was taken over from an instance that died, the session already has the topic, so only the
 * make-the-film turn runs, which reuses every finished result and resumes polling journaled remote tasks.
 */
public final class JobRunner {
    private JobRunner() {
    }

    public static FilmJobResult run(FilmAgent agent, FilmJob job, FilmListener listener) {
        FilmJobRequest r = job.request();
        String id = r.sessionId();
        List<TurnResult> turns = new ArrayList<>();
        if (r.kind() == FilmJobRequest.Kind.MESSAGE) {
            turns.add(agent.chat(id, r.userMessage(), listener));
        } else {
            Optional<FilmSession> s = agent.session(id);
            boolean topicSet = s.isPresent() && s.get().topic() != null
                    && s.get().topic().text().equals(r.text().trim())
                    && (r.imageUrl() == null) == (s.get().topic().productImage() == null);
            if (!topicSet) {
                turns.add(agent.run(id, new Intent.NewTopic(r.text(), r.imageUrl()), listener));
            }
            if (turns.isEmpty() || turns.get(0).ok()) {
                turns.add(agent.run(id, new Intent.MakeFilm(), listener));
            }
        }
        TurnResult last = turns.get(turns.size() - 1);
        List<String> failures = new ArrayList<>();
        for (TurnResult t : turns) {
            for (StageFailedException f : t.failures()) {
                failures.add(f.getMessage());
            }
        }
        boolean ok = failures.isEmpty() && (r.kind() == FilmJobRequest.Kind.MESSAGE || last.session().film() != null);
        return new FilmJobResult(ok, last.reply(), last.session().film(), failures,
                turns.stream().mapToInt(t -> t.calls().totalMade()).sum(),
                turns.stream().mapToInt(t -> t.calls().totalReused()).sum());
    }
}
