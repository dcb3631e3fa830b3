package dev.filmgen.examples.embed;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.domain.Topic;
import dev.filmgen.offline.OfflineModels;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.storage.LocalStorage;
import java.nio.file.Path;

/**
 * The README's "Embed it" snippet as a program: a host wires a {@link FilmAgent} in a few lines and makes a
 * film. Run: {@code FILMGEN_MAIN=dev.filmgen.examples.embed.EmbedExample ./filmgen "百炼椰汁"}.
 */
public final class EmbedExample {
    private EmbedExample() {
    }

    public static void main(String[] args) {
        String theme = args.length > 0 ? args[0] : "百炼椰汁";
        try (FilmAgent agent = FilmAgent.builder()
                .models(OfflineModels.create(42)).config(OfflineModels.config(FilmConfig.defaults()))
                .composer(FfmpegComposer.create()).probe(new FfmpegProbe())
                .storage(LocalStorage.builder().root(Path.of("filmgen-data")).build())
                .sessionStore(FileSessionStore.of(Path.of("filmgen-data/sessions"))).build()) {
            TurnResult film = agent.generate("session-1", Topic.of(theme), event -> System.out.println(event.type()));
            System.out.println(film.ok() ? "film: " + film.session().film().link() : "failed: " + film.failures());
        }
    }
}
