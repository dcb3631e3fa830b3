package dev.filmgen.examples.service;

import dev.filmgen.error.FilmgenException;
import dev.filmgen.examples.FilmSetup;
import dev.filmgen.protocol.AgentTurns;
import dev.filmgen.protocol.ImagePolicy;
import dev.filmgen.protocol.TurnExecutor;
import dev.filmgen.protocol.WireObjects;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.store.jdbc.JdbcFilmJobs;
import dev.filmgen.store.jdbc.JdbcHealth;
import dev.filmgen.store.jdbc.JdbcTurns;
import dev.filmgen.storage.LocalStorage;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the HTTP service: {@code FilmServiceMain [--port N] [--host H] [--data-dir DIR] [--config FILE]}.
 * Sessions and local artifacts live under the data folder and survive restarts. Models and storage are wired by
 * {@link FilmSetup}: DashScope with {@code DASHSCOPE_API_KEY}, else the offline template models; OSS with the
 * {@code OSS_*} variables, else local storage served under {@code /files} with signed links.
 */
public final class FilmServiceMain {
    private static final Logger LOG = LoggerFactory.getLogger(FilmServiceMain.class);

    private FilmServiceMain() {
    }

    public static void main(String[] args) {
        try {
            ServiceSettings s = ServiceSettings.parse(args, System::getenv);
            FilmService service = start(s);
            LOG.info("filmgen service listening on {}:{} (links via {}, data in {})", s.host(), service.port(),
                    s.publicUrl(), s.home().toAbsolutePath());
            service.join(); // until the shutdown hook closes it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (FilmgenException | IllegalStateException | IllegalArgumentException e) {
            System.err.println("filmgen-service: " + e.getMessage());
            System.exit(2);
        }
    }

    /** The runtime's health answer plus the database: unhealthy (HTTP 503) when it does not answer. */
    static ObjectNode health(JdbcFilmBackend db) {
        ObjectNode n = WireObjects.health();
        JdbcHealth h = db.health();
        n.putObject("database").put("status", h.up() ? "up" : "down").put("detail", h.detail())
                .put("millis", h.millis());
        if (!h.up()) {
            n.put("status", "unhealthy");
        }
        return n;
    }

    /** Builds the agent and the service from {@code s} and starts it; a shutdown hook stops both. */
    public static FilmService start(ServiceSettings s) {
        String secret = s.linkSecret();
        if (secret == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warn("FILMGEN_LINK_SECRET is not set: artifact links made now stop working after a restart");
        }
        FilmSetup setup = FilmSetup.create(new FilmSetup.Options(s.home(), s.config(), false, null,
                s.publicUrl() + "/files", secret, System.getenv(), null, null, null, null), null);
        LOG.info("{}; {}", setup.modelsLine(), setup.storageLine());
        TurnExecutor executor = AgentTurns.of(setup.agent());
        JdbcFilmJobs jobs = null;
        if (setup.jdbc().isPresent()) {
            JdbcFilmBackend db = setup.jdbc().get();
            jobs = JdbcFilmJobs.builder().backend(db).agent(setup.agent()).workers(2).build().start();
            executor = new JdbcTurns(jobs, setup.sessions())::execute;
            LOG.info("{}; turns are film jobs shared with the other instances (instance {})", setup.sessionsLine(),
                    db.instanceId());
        }
        FilmService.Builder b = FilmService.builder().host(s.host()).port(s.port())
                .executor(executor).apiToken(s.apiToken()).maxBodyBytes(s.maxBodyBytes())
                .maxTurns(s.maxTurns()).maxConnections(s.maxConnections())
                .imagePolicy(ImagePolicy.defaults().withAllowPrivateAddresses(s.allowPrivateImageHosts()))
                .uploads(FilmSetup.workRoot(s.home())).storage(setup.storage());
        if (setup.storage() instanceof LocalStorage) {
            ((LocalStorage) setup.storage()).signer().ifPresent(signer -> b.verifier(signer::verify));
        }
        setup.jdbc().ifPresent(db -> b.health(() -> health(db)));
        FilmService service = b.build().start();
        JdbcFilmJobs started = jobs;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            if (started != null) {
                started.close();
            }
            setup.close();
        }, "filmgen-shutdown"));
        return service;
    }
}
