package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.compose.ffmpeg.testing.MediaInspector;
import dev.filmgen.domain.FrameCandidate;
import dev.filmgen.domain.FrameVerdict;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every offline film made by the CLI must be: one run of {@code filmgen} in {@link #setUp()} (through all
 * twelve stages), then each test checks one promise of the issue against the files it wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OfflineFilmContract {
    static final int BOARDS = 3;
    static final long SEED = 20251125;
    static final String SESSION = "cli-test";

    Path dir;
    Path data;
    Path film;
    CliRun run;
    FilmSession session;
    JsonNode sessionJson;
    MediaInfo info;

    /** The product theme. */
    abstract String topic();

    /** Options besides the common ones. */
    abstract List<String> extraArgs() throws IOException;

    /** Whether a voice for this topic's language is installed (else the loudness check is skipped). */
    abstract boolean voiceAvailable();

    @BeforeAll
    void setUp() throws IOException {
        dir = Files.createTempDirectory("filmgen-cli-");
        data = dir.resolve("data");
        film = dir.resolve("film.mp4");
        run = CliRun.of(args(film));
        assertEquals(0, run.exit(), run.transcript());
        session = FileSessionStore.of(data.resolve("sessions")).load(SESSION).orElseThrow();
        sessionJson = new ObjectMapper().readTree(data.resolve("sessions").resolve(SESSION + ".json").toFile());
        info = new FfmpegProbe().probe(film);
    }

    String[] args(Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of("--data-dir", data.toString(), "--out", out.toString(),
                "--seed", String.valueOf(SEED), "--session", SESSION, "--boards", String.valueOf(BOARDS)));
        args.addAll(extraArgs());
        args.add(topic());
        return args.toArray(String[]::new);
    }

    @AfterAll
    void tearDown() throws IOException {
        if (dir != null) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void firstLineSaysWhichModelsAreUsed() {
        assertTrue(run.errLines().get(0).startsWith("filmgen models: offline"), run.transcript());
        assertTrue(run.out().contains("model calls: " + run.made() + " made, 0 reused"), run.transcript());
        assertTrue(run.made() > 0, run.transcript());
    }

    @Test
    void filmIsH264AndAacLastingThreeToFifteenSecondsPerBoard() {
        assertEquals("h264", info.video().orElseThrow().codec());
        assertEquals("aac", info.audio().orElseThrow().codec());
        double perBoard = info.durationSeconds() / session.boards().size();
        assertTrue(perBoard >= 3 && perBoard <= 15, "seconds per board: " + perBoard);
        assertTrue(run.out().contains("film:        " + film.toAbsolutePath()), run.transcript());
    }

    @Test
    void everyBoardIsNarratedAudibly() {
        Assumptions.assumeTrue(voiceAvailable(), "no offline voice for this language on this machine");
        int rate = 16000;
        float[] samples = MediaInspector.monoSamples(film, rate);
        double d = info.durationSeconds();
        int n = session.boards().size();
        for (int i = 0; i < n; i++) {
            double rms = MediaInspector.rms(samples, rate, i * d / n, (i + 1) * d / n);
            assertTrue(rms > 0.01, "board " + (i + 1) + " is silent: rms " + rms);
        }
    }

    @Test
    void consecutiveBoardsDifferVisibly() {
        for (int i = 0; i + 1 < session.boards().size(); i++) {
            double diff = meanAbsoluteDifference(firstFrame(i), firstFrame(i + 1));
            assertTrue(diff > 12, "boards " + (i + 1) + " and " + (i + 2) + " differ by only " + diff);
        }
    }

    @Test
    void sessionFileHoldsEveryStage() {
        TreeSet<String> completed = new TreeSet<>();
        sessionJson.get("completed").forEach(s -> completed.add(s.asText()));
        TreeSet<String> all = new TreeSet<>(Arrays.stream(Stage.values()).map(Stage::name).toList());
        assertEquals(all, completed);
        assertEquals(BOARDS, sessionJson.get("boards").size());
        assertEquals(BOARDS, session.clips().size());
        assertEquals(BOARDS, session.voices().size());
        assertTrue(run.out().contains("session:     " + data.resolve("sessions").resolve(SESSION + ".json")
                .toAbsolutePath()), run.transcript());
    }

    @Test
    void contactSheetHasOneCellPerBoardWithItsFirstFrame() throws IOException {
        Path sheetFile = dir.resolve("film-storyboard.png");
        assertTrue(run.out().contains("storyboard:  " + sheetFile), run.transcript());
        BufferedImage sheet = ImageIO.read(sheetFile.toFile());
        int n = session.boards().size();
        int cols = Math.min(ContactSheet.COLUMNS, n);
        int rows = (n + cols - 1) / cols;
        BufferedImage first = firstFrame(0);
        int frameHeight = ContactSheet.CELL_WIDTH * first.getHeight() / first.getWidth();
        int cellHeight = ContactSheet.cellHeight(frameHeight);
        assertEquals(cols * ContactSheet.CELL_WIDTH + (cols + 1) * ContactSheet.PAD, sheet.getWidth());
        assertEquals(rows * cellHeight + (rows + 1) * ContactSheet.PAD, sheet.getHeight());
        for (int i = 0; i < n; i++) {
            int x = ContactSheet.PAD + (i % cols) * (ContactSheet.CELL_WIDTH + ContactSheet.PAD);
            int y = ContactSheet.PAD + (i / cols) * (cellHeight + ContactSheet.PAD);
            BufferedImage cell = sheet.getSubimage(x, y, ContactSheet.CELL_WIDTH, frameHeight);
            double diff = meanAbsoluteDifference(cell, scaled(firstFrame(i), ContactSheet.CELL_WIDTH, frameHeight));
            assertTrue(diff < 8, "cell " + (i + 1) + " does not show board " + (i + 1) + "'s first frame: " + diff);
        }
    }

    @Test
    void noPartialFilesAreLeftBeside() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> stray = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".part") || n.endsWith(".tmp")).toList();
            assertEquals(List.of(), stray);
        }
    }

    @Test
    void everyFirstFrameWasJudgedByMeasurementAndTheBestCandidateKept() {
        assertEquals(BOARDS, session.frameChecks().size(), "one check per board");
        session.frameChecks().forEach((board, check) -> {
            assertEquals("offline", check.judge());
            assertTrue(check.candidates().size() >= 1 && check.candidates().size() <= 2, check.toString());
            assertEquals(session.firstFrames().get(board), check.kept().picture(), "the kept candidate is the frame");
            FrameVerdict v = check.kept().verdict();
            assertTrue(v != null && v.scored(), "board " + (board + 1) + ": " + check);
            assertTrue(v.sentence().startsWith("[Automatic measurement") || v.sentence().startsWith("【自动测量"),
                    v.sentence());
            for (FrameCandidate c : check.candidates()) {
                assertTrue(c.score() <= check.score(), "the best candidate is kept: " + check);
            }
            if (check.candidates().size() == 2) {
                assertTrue(check.candidates().get(0).score() < check.minScore(), "a second picture only below "
                        + check.minScore() + ": " + check);
            }
        });
    }

    @Test
    void theCostLineSaysOfflineModelsAreFree() {
        assertTrue(run.err().contains("cost: ¥0.00 (" + (run.made() - 1) + " calls, 0 reused) — offline models are"
                + " free"), run.transcript());
        assertTrue(run.err().contains("cost"), run.transcript());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("Video") && l.trim().endsWith("¥0.00")),
                run.transcript());
    }

    BufferedImage firstFrame(int board) {
        return image(session.firstFrames().get(board));
    }

    BufferedImage image(MediaAsset asset) {
        try {
            return ImageIO.read(data.resolve("artifacts").resolve(asset.storageKey()).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage scaled(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Mean absolute difference of two same-size pictures over R, G and B, 0 (same) to 255. */
    static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    /** Whether {@code program} is an executable on the PATH. */
    static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
