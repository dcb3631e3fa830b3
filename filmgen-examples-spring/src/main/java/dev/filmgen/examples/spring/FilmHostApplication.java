package dev.filmgen.examples.spring;

import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A shop's Spring Boot service with filmgen in it: the starter configures the {@code FilmAgent} from
 * {@code application.properties}, serves the AgentScope {@code POST /process} and signed {@code /files} links on
 * this application's Spring MVC, and adds {@code filmgen} to {@code /actuator/health} and its meters to
 * {@code /actuator/metrics}. Offline without a key; {@code DASHSCOPE_API_KEY} switches to Bailian. Run it with
 * {@code ./filmgen-examples-spring/run}.
 */
@SpringBootApplication
public class FilmHostApplication {
    private static final Logger LOG = LoggerFactory.getLogger(FilmHostApplication.class);

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(FilmHostApplication.class, args);
    }

    /** The host's own listener bean: every turn's finished stages in the log. */
    @Bean
    FilmListener stageLog() {
        return event -> {
            if (event instanceof FilmEvent.StageDone done) {
                LOG.info("session {}: {} done in {} ms", done.sessionId(), done.stage(), done.elapsedMillis());
            }
        };
    }
}
