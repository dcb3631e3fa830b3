package dev.filmgen.examples.service;

import dev.filmgen.FilmAgent;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.dashscope.DashScopeModels;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.handlers.BuiltinHandlers;
import dev.filmgen.intent.Classifier;
import dev.filmgen.intent.LlmClassifier;
import dev.filmgen.intent.RuleClassifier;
import dev.filmgen.model.ModelSet;
import dev.filmgen.offline.OfflineCopywriter;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.storage.LocalStorage;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the HTTP service: {@code java dev.filmgen.examples.service.FilmServiceMain [--port N] [--host H]
 * [--data-dir DIR]}. Sessions and artifacts live under the data folder and survive restarts; with
 * {@code DASHSCOPE_API_KEY} set the Bailian models (and the LLM classifier) are used, else the offline ones.
 */
public final class FilmServiceMain {
    private static final Logger LOG = LoggerFactory.getLogger(FilmServiceMain.class);

    private FilmServiceMain() {
    }

    public static void main(String[] args) {
        ServiceSettings s;
        try {
            s = ServiceSettings.parse(args, System::getenv);
        } catch (FilmgenException e) {
            System.err.println("filmgen-service: " + e.getMessage());
            System.exit(2);
            return;
        }
        FilmService service = start(s);
        LOG.info("filmgen service listening on {}:{} (public URL {}, data in {})", s.host(), service.port(),
                s.publicUrl(), s.home().toAbsolutePath());
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
        LocalStorage storage = LocalStorage.builder().root(s.home().resolve("artifacts"))
                .publicBaseUrl(s.publicUrl() + "/files").secret(secret).build();
        ModelSet models = s.dashscopeKey() != null ? DashScopeModels.fromEnv() : offlineModels();
        Classifier classifier = s.dashscopeKey() != null
                ? LlmClassifier.builder().model(models.text()).build() : new RuleClassifier();
        FilmAgent agent = FilmAgent.builder().models(models).storage(storage)
                .composer(FfmpegComposer.builder().workRoot(s.home().resolve("work")).build())
                .probe(new FfmpegProbe()).sessionStore(FileSessionStore.of(s.home().resolve("sessions")))
                .classifier(classifier).handlers(BuiltinHandlers.all()).workDir(s.home().resolve("work")).build();
        FilmService service = FilmService.builder().host(s.host()).port(s.port()).executor(AgentTurns.of(agent))
                .apiToken(s.apiToken()).maxBodyBytes(s.maxBodyBytes())
                .imagePolicy(ImagePolicy.defaults().withAllowPrivateAddresses(s.allowPrivateImageHosts()))
                .uploads(s.home().resolve("uploads")).storage(storage)
                .verifier(storage.signer().orElseThrow()::verify).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            agent.close();
        }, "filmgen-shutdown"));
        return service;
    }

    /** The models that need no key or network. */
    static ModelSet offlineModels() {
        // The offline painter, clip maker and voice are wired here once filmgen-offline provides them.
        return new ModelSet(new OfflineCopywriter(0), null, null, null, null);
    }
}
