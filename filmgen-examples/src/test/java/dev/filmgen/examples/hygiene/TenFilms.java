package dev.filmgen.examples.hygiene;

import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.examples.FilmSetup;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code TenFilms <data-dir> <n>}: makes n one-board offline films in this one process, one after another, and
 * exits 0 when all were made (3 when one failed). {@link DiskHygieneTest} runs it with a private temp folder.
 */
public final class TenFilms {
    private TenFilms() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Map<String, String> env = Map.of("PATH", System.getenv().getOrDefault("PATH", ""));
        try (FilmSetup setup = FilmSetup.create(new FilmSetup.Options(data, null, true, 7L, null, null, env, 1, 0,
                "16:9"), null)) {
            for (int i = 0; i < n; i++) {
                TurnResult r = setup.agent().generate("film-" + i, Topic.of("tea " + i), null);
                if (!r.ok() || r.session().film() == null) {
                    System.err.println("film " + i + " failed: " + r.reply());
                    System.exit(3);
                }
                System.out.println("film " + i + " made");
            }
        }
        System.exit(0);
    }
}
