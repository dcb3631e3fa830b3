package dev.filmgen.examples.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Topic;
import dev.filmgen.examples.FilmSetup;
import dev.filmgen.storage.WorkRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every temporary file lives under the data folder's work root and goes when its turn ends; what a killed process
 * left is swept when the next one starts. Real offline films, a real child JVM killed with SIGKILL.
 */
class DiskHygieneTest {
    private static final Map<String, String> OFFLINE_ENV = Map.of("PATH", System.getenv().getOrDefault("PATH", ""));

    @TempDir
    Path dir;

    @Test
    @Timeout(900)
    void tenOfflineFilmsInOneProcessLeaveTheWorkRootAndTheTempFolderEmpty() throws Exception {
        Path data = dir.resolve("data");
        Path tmp = Files.createDirectories(dir.resolve("tmp")); // the process's own system temp folder
        Process p = java(List.of("-Djava.io.tmpdir=" + tmp), TenFilms.class.getName(), data.toString(), "10").start();
        assertTrue(p.waitFor(800, TimeUnit.SECONDS), "the ten films took too long");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("child.log")));
        assertEquals(10, Files.readString(dir.resolve("child.log")).lines().filter(l -> l.endsWith(" made")).count());

        try (Stream<Path> w = Files.list(data.resolve("work"))) {
            assertEquals(List.of(), w.toList(), "the work root is empty after the process ended");
        }
        try (Stream<Path> t = Files.list(tmp)) {
            // The one thing allowed there is the per-user subtitle font cache (decisions T3, K4): fonts copied once
            // per machine under their SHA-256, never per film, so ten films leave at most the bundled fonts there.
            String fonts = "filmgen-fonts-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
            assertEquals(List.of(), t.filter(f -> !f.getFileName().toString().equals(fonts)).toList(),
                    "nothing in the system temp folder but the font cache (ImageIO cache, offline media)");
        }
        Path fontCache = tmp.resolve("filmgen-fonts-"
                + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
        if (Files.isDirectory(fontCache)) {
            try (Stream<Path> f = Files.list(fontCache)) {
                List<Path> cached = f.toList();
                assertTrue(cached.size() <= 2 && cached.stream().allMatch(c -> c.toString().endsWith(".otf")),
                        "the font cache holds only the bundled fonts, once each: " + cached);
            }
        }
        assertEquals(List.of(), filesNamed(data, ".tmp"), "no temporary file in storage or sessions");
        try (Stream<Path> films = Files.walk(data.resolve("artifacts"))) {
            assertEquals(10, films.filter(f -> f.toString().endsWith(".mp4") && f.toString().contains("/film/"))
                    .count(), "ten films were stored");
        }
    }

    /** A child JVM on this test's class path running {@code main} with {@code args}; output to child.log. */
    private ProcessBuilder java(List<String> jvmArgs, String main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().remove("DASHSCOPE_API_KEY");
        return pb;
    }

    @Test
    @Timeout(600)
    void aProcessKilledMidFilmLeavesWorkThatTheNextStartRemoves() throws Exception {
        Path data = dir.resolve("data");
        Path work = data.resolve("work");
        ProcessBuilder pb = java(List.of(), "dev.filmgen.examples.cli.FilmCli", "--offline", "--data-dir",
                data.toString(), "--boards", "3", "--roles", "1", "--out", dir.resolve("film.mp4").toString(),
                "green tea");
        Process child = pb.start();
        Path childFolder = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline && child.isAlive()) {
                List<Path> media = leftovers(work);
                if (media.stream().anyMatch(p -> p.toString().endsWith(".mp4") || p.toString().endsWith(".wav"))) {
                    childFolder = work.relativize(media.get(0)).getName(0);
                    break;
                }
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the child
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(childFolder != null, "the child never wrote media: " + Files.readString(dir.resolve("child.log")));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        assertTrue(Files.isDirectory(work.resolve(childFolder)), "the killed process left its folder");
        assertFalse(leftovers(work).isEmpty(), "the kill left work behind");

        try (FilmSetup next = FilmSetup.create(new FilmSetup.Options(data, null, true, 7L, null, null, OFFLINE_ENV,
                1, 0, "16:9"), null)) {
            assertFalse(Files.exists(work.resolve(childFolder)), "the next start removed the killed process's work");
            assertEquals(List.of(), leftovers(work));
            assertTrue(WorkRoot.at(work).swept().processFolders() >= 1);
            assertTrue(next.agent().generate("after", Topic.of("green tea"), null).ok());
        }
        assertEquals(List.of(), leftovers(work));
    }

    /** Regular files under the work root other than the live process locks. */
    static List<Path> leftovers(Path work) throws IOException {
        if (!Files.exists(work)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(work)) {
            return new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(".lock")).toList());
        }
    }

    private static List<Path> filesNamed(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }
}
