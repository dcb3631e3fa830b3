package dev.filmgen.agentscope.internal;

import dev.filmgen.TurnResult;
import dev.filmgen.agentscope.FilmSettings;
import dev.filmgen.domain.Film;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.session.FilmSession;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The short texts the model receives: what was made, where the film is, how to go on. */
final class Summaries {
    private Summaries() {
    }

    /** The film's link, or null when the session has no film. */
    static String link(FilmSession s) {
        Film f = s.film();
        if (f == null) {
            return null;
        }
        return f.link() != null ? f.link() : f.video() == null ? null : f.video().uri().toString();
    }

    static String made(TurnResult last, int callsMade, int callsReused, FilmSettings settings, List<String> notes) {
        FilmSession s = last.session();
        StringBuilder b = new StringBuilder("Film ready: ").append(link(s)).append('\n');
        b.append("Session: ").append(s.id()).append(" (give it to edit_ad_film to change a board's narration or ")
                .append("picture, a character or the voice; only what depends on the change is re-made)\n");
        b.append(s.boards().size()).append(" boards, ").append(settings.aspect()).append(", ")
                .append(String.format(Locale.ROOT, "%.1f", s.film().durationSeconds())).append(" s");
        if (s.script() != null && s.script().title() != null) {
            b.append(", \"").append(s.script().title()).append('"');
        }
        b.append("; model calls: ").append(callsMade).append(" made, ").append(callsReused).append(" reused.");
        notes.forEach(n -> b.append('\n').append(n));
        return b.toString();
    }

    static String edited(TurnResult r) {
        FilmSession s = r.session();
        StringBuilder b = new StringBuilder();
        if (r.reply() != null && !r.reply().isBlank()) {
            b.append(r.reply().strip()).append('\n');
        }
        String link = link(s);
        b.append(link != null ? "Film: " + link : "The film is not composed yet: call make_ad_film with this session");
        b.append("\nSession: ").append(s.id()).append("; model calls: ").append(r.calls().totalMade()).append(" made, ")
                .append(r.calls().totalReused()).append(" reused.");
        return b.toString();
    }

    static String failed(String sessionId, List<StageFailedException> failures) {
        return "the film is not finished: " + failures.stream().map(Throwable::getMessage)
                .collect(Collectors.joining("; ")) + ". What was made is saved in session " + sessionId
                + "; call make_ad_film again with session_id=" + sessionId + " to go on from there.";
    }
}
