package dev.filmgen.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.InvalidInputException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceSettingsTest {
    @Test
    void defaultsMatchTheRuntime() {
        ServiceSettings s = ServiceSettings.parse(new String[0], k -> null);
        assertEquals("0.0.0.0", s.host());
        assertEquals(8080, s.port());
        assertEquals("http://localhost:8080", s.publicUrl());
        assertEquals(1024 * 1024, s.maxBodyBytes());
        assertEquals(Path.of(".filmgen"), s.home());
        assertEquals(32, s.maxTurns());
        assertEquals(1000, s.maxConnections());
    }

    @Test
    void theServiceLimitsComeFromTheEnvironmentWithinBounds() {
        ServiceSettings s = ServiceSettings.parse(new String[0],
                Map.of("FILMGEN_MAX_TURNS", "4", "FILMGEN_MAX_CONNECTIONS", "200")::get);
        assertEquals(4, s.maxTurns());
        assertEquals(200, s.maxConnections());
        assertTrue(assertThrows(InvalidInputException.class, () -> ServiceSettings.parse(new String[0],
                Map.of("FILMGEN_MAX_TURNS", "0")::get)).getMessage().contains("FILMGEN_MAX_TURNS must be 1-10000"));
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        Map<String, String> env = Map.of("FILMGEN_PORT", "9000", "FILMGEN_API_TOKEN", "t0k",
                "FILMGEN_PUBLIC_URL", "https://films.example.com/", "FILMGEN_ALLOW_PRIVATE_IMAGE_HOSTS", "TRUE");
        ServiceSettings s = ServiceSettings.parse(new String[] {"--port", "9100", "--data-dir", "/srv/f", "--config",
            "config.json"}, env::get);
        assertEquals(Path.of("config.json"), s.config());
        assertEquals(9100, s.port());
        assertEquals("t0k", s.apiToken());
        assertEquals("https://films.example.com", s.publicUrl());
        assertTrue(s.allowPrivateImageHosts());
        assertEquals(Path.of("/srv/f"), s.home());
        assertEquals(9000, ServiceSettings.parse(new String[0], env::get).port());
    }

    @Test
    void badValuesNameTheOption() {
        assertTrue(assertThrows(InvalidInputException.class, () -> ServiceSettings.parse(new String[] {"--port", "eighty"},
                k -> null)).getMessage().contains("--port"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ServiceSettings.parse(new String[0],
                Map.of("FILMGEN_PORT", "70000")::get)).getMessage().contains("0-65535"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ServiceSettings.parse(new String[] {"--verbose"},
                k -> null)).getMessage().contains("--verbose"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ServiceSettings.parse(new String[] {"--host"},
                k -> null)).getMessage().contains("needs a value"));
    }
}
