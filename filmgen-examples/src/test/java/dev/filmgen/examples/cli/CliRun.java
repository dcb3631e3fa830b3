package dev.filmgen.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One in-process run of {@link FilmCli} with its exit status, captured output and call counts. */
record CliRun(int exit, String out, String err, int made, int reused) {

    /** An environment with no DashScope key and no OSS settings, so the offline models and local storage are used. */
    static final Map<String, String> OFFLINE_ENV = Map.of("PATH", System.getenv().getOrDefault("PATH", ""));

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FilmCli cli = new FilmCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), OFFLINE_ENV);
        int exit = cli.run(args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                cli.callsMade(), cli.callsReused());
    }

    /** Non-empty stderr lines. */
    List<String> errLines() {
        return Arrays.stream(err.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    /** Everything, for assertion messages. */
    String transcript() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
