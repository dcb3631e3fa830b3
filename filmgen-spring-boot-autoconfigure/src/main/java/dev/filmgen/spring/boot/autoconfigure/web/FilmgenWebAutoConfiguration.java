package dev.filmgen.spring.boot.autoconfigure.web;

import dev.filmgen.FilmAgent;
import dev.filmgen.protocol.AgentScopeProcessor;
import dev.filmgen.protocol.AgentTurns;
import dev.filmgen.protocol.ImagePolicy;
import dev.filmgen.protocol.LinkVerifier;
import dev.filmgen.protocol.SignedFiles;
import dev.filmgen.spring.boot.autoconfigure.FilmgenAutoConfiguration;
import dev.filmgen.spring.boot.autoconfigure.FilmgenProperties;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * With {@code filmgen.web.enabled=true} in a servlet application: {@code POST {path}/process} in the AgentScope
 * runtime's SSE wire format (through {@code filmgen-protocol}, the same implementation as the example server) and
 * signed {@code GET {path}/files/**} links for local storage, on the host's own Spring MVC. Authentication,
 * CORS and rate limits are the host's (Spring Security and its filters apply to these paths like to any other).
 */
@AutoConfiguration(after = FilmgenAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({AgentScopeProcessor.class, org.springframework.web.servlet.DispatcherServlet.class})
@ConditionalOnProperty(prefix = "filmgen.web", name = "enabled", havingValue = "true")
@ConditionalOnBean(FilmAgent.class)
public class FilmgenWebAutoConfiguration {

    /** Reads /process requests and runs their turns on the agent (one at a time per session). */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public AgentScopeProcessor filmgenProcessor(FilmAgent agent, FilmgenProperties properties, Storage storage) {
        FilmgenProperties.WebProperties web = properties.getWeb();
        return AgentScopeProcessor.builder().executor(AgentTurns.of(agent)).maxBodyBytes(web.getMaxBodyBytes())
                .imagePolicy(ImagePolicy.defaults().withAllowPrivateAddresses(web.isAllowPrivateImageHosts()))
                .uploads(properties.getDataDir().resolve("work")).storage(storage).linkTtl(web.getLinkTtl())
                .build();
    }

    /** The endpoints; {@code /files} is served only for a storage whose links this application signs. */
    @Bean
    @ConditionalOnMissingBean
    public FilmgenProcessController filmgenProcessController(AgentScopeProcessor processor, Storage storage,
                                                             ObjectProvider<LinkVerifier> verifier,
                                                             FilmgenProperties properties) {
        LinkVerifier v = verifier.getIfAvailable(() -> storage instanceof LocalStorage
                ? ((LocalStorage) storage).signer().<LinkVerifier>map(s -> s::verify).orElse(null) : null);
        SignedFiles files = v == null ? null : new SignedFiles(storage, v, Clock.systemUTC());
        return new FilmgenProcessController(processor, files, properties.getWeb().getStreamTimeout());
    }
}
