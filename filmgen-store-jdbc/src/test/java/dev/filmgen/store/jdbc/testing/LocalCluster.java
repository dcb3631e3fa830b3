package dev.filmgen.store.jdbc.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster in a temporary folder: {@code initdb} (trust authentication, no fsync), then
 * {@code pg_ctl start} on a free loopback port. {@code initdb} refuses to run as root, so as root both run as
 * the {@code postgres} user (through {@code runuser}) in a folder given to that user. The cluster is stopped
 * and its folder deleted when the JVM exits; clusters left by a JVM that was killed are removed the next time.
 */
final class LocalCluster {
    private static final String PREFIX = "filmgen-pg-";
    private static final String USER = "filmgen";

    private LocalCluster() {
    }

    /** The folder with {@code initdb} and {@code pg_ctl}, or null when the server is not installed. */
    static Path findBin() {
        List<Path> candidates = new ArrayList<>();
        String given = System.getenv("FILMGEN_TEST_PG_BIN");
        if (given != null && !given.isBlank()) {
            candidates.add(Path.of(given));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString()))
                                .reversed())
                        .forEach(p -> candidates.add(p.resolve("bin")));
            } catch (IOException e) {
                // unreadable: try the other places
            }
        }
        candidates.add(Path.of("/usr/local/pgsql/bin"));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir));
            }
        }
        for (Path p : candidates) {
            if (Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl"))) {
                return p;
            }
        }
        return null;
    }

    static TestPostgres.Server start(Path bin) throws IOException, InterruptedException {
        removeStale(bin);
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory(PREFIX);
        Files.writeString(dir.resolve("owner-pid"), Long.toString(ProcessHandle.current().pid()));
        if (root) {
            run(dir, List.of("chown", "-R", "postgres:", dir.toString()));
        }
        Path data = dir.resolve("data");
        run(dir, as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
                "-E", "UTF8", "--no-locale", "--no-sync"));
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = freePort();
            try {
                run(dir, as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                        dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                        "start"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, dir, root), "stop-test-postgres"));
                return new TestPostgres.Server("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    private static void stop(Path bin, Path dir, boolean root) {
        try {
            run(dir, as(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m",
                    "immediate", "-w", "stop"));
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the test PostgreSQL in " + dir + ": " + e.getMessage());
        }
        deleteTree(dir);
    }

    /** Clusters of JVMs that are gone (killed before their shutdown hook ran). */
    private static void removeStale(Path bin) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        boolean root = "root".equals(System.getProperty("user.name"));
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path d : dirs) {
                Path owner = d.resolve("owner-pid");
                if (!Files.isRegularFile(owner)) {
                    continue;
                }
                long pid = Long.parseLong(Files.readString(owner).trim());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (Files.exists(d.resolve("data/postmaster.pid"))) {
                    stop(bin, d, root);
                } else {
                    deleteTree(d);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a stale cluster only wastes a little memory
        }
    }

    private static List<String> as(boolean root, String... command) {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        return cmd;
    }

    private static void run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile("filmgen-pg-cmd", ".log");
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " did not finish within 120 s");
            }
            if (p.exitValue() != 0) {
                String out = Files.readString(log, StandardCharsets.UTF_8);
                Path serverLog = dir.resolve("server.log");
                if (Files.isReadable(serverLog)) {
                    out += "\n--- server.log ---\n" + Files.readString(serverLog, StandardCharsets.UTF_8);
                }
                throw new IOException(String.join(" ", cmd) + " exited with " + p.exitValue() + ":\n"
                        + out.substring(Math.max(0, out.length() - 2000)));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
