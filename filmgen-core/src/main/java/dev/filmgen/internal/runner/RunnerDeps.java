package dev.filmgen.internal.runner;

import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.session.SessionStore;
import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.Storage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * What the runner needs from its agent, fixed for the agent's life.
 *
 * @param models model ports by stage
 * @param handlers one handler per stage
 * @param storage where media goes
 * @param composer the film composer
 * @param probe media measurer, or null
 * @param config settings
 * @param store session store
 * @param gateway limits, retries, deadlines
 * @param importer copies media into storage
 * @param itemPool runs graph items
 * @param clock time source
 * @param workRoot parent of each turn's scratch folder
 */
public record RunnerDeps(StageModels models, Map<Stage, Handler> handlers, Storage storage, Composer composer,
                         MediaProbe probe, FilmConfig config, SessionStore store, ModelGateway gateway,
                         MediaImporter importer, ExecutorService itemPool, Clock clock, Path workRoot) {
}
