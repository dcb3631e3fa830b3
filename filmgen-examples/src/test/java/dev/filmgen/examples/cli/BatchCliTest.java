package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code filmgen batch} in this process, offline, without a database: films, results.csv, bad rows, reruns. */
class BatchCliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        String transcript() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Run batch(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = new FilmCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(all);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<CSVRecord> results(Path outDir) throws Exception {
        try (var r = Files.newBufferedReader(outDir.resolve("results.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void oneFilmPerRowBadRowsReportedAndASecondRunSkipsWhatIsMade() throws Exception {
        Path csv = dir.resolve("products.csv");
        Files.writeString(csv, "\uFEFFid,topic,boards,roles,aspect\n"
                + "kettle,一款红色水壶,1,0,\n"
                + "tea,\"Sparkling lemon tea, chilled\",1,0,9:16\n"
                + "odd,Odd shape,1,0,4:3\n"
                + ",,1,0,\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("films");
        String[] args = {csv.toString(), "--out-dir", out.toString(), "--workers", "2", "--data-dir",
                dir.resolve("data").toString()};

        Run first = batch(CliRun.OFFLINE_ENV, args);

        assertEquals(1, first.exit(), first.transcript());
        List<CSVRecord> rows = results(out);
        assertEquals(4, rows.size(), first.transcript());
        assertEquals(List.of("made", "made", "invalid", "invalid"), rows.stream().map(r -> r.get("status")).toList());
        assertEquals("kettle.mp4", rows.get(0).get("film"));
        assertTrue(rows.get(2).get("error").contains("aspect must be 16:9, 9:16 or 1:1, not '4:3'"), rows.toString());
        assertEquals("4", rows.get(3).get("id"));
        assertTrue(rows.get(3).get("error").contains("topic is empty"), rows.toString());
        assertTrue(Double.parseDouble(rows.get(0).get("seconds")) > 0);
        MediaInfo kettle = new FfmpegProbe().probe(out.resolve("kettle.mp4"));
        assertTrue(kettle.video().isPresent() && kettle.audio().isPresent(), kettle.toString());
        MediaInfo tea = new FfmpegProbe().probe(out.resolve("tea.mp4"));
        assertTrue(tea.video().get().height() > tea.video().get().width(), "9:16 from its row: " + tea);
        assertTrue(first.err().contains("row 3 (odd) bad row: aspect must be"), first.err());
        assertTrue(first.err().contains("batch [") && first.err().contains("4/4 rows"), first.err());

        FileTime made = Files.getLastModifiedTime(out.resolve("kettle.mp4"));
        Run second = batch(CliRun.OFFLINE_ENV, args);

        assertEquals(1, second.exit(), "the bad rows are still bad");
        assertEquals(List.of("skipped", "skipped", "invalid", "invalid"),
                results(out).stream().map(r -> r.get("status")).toList());
        assertEquals(made, Files.getLastModifiedTime(out.resolve("kettle.mp4")), "not made again");
        assertTrue(second.err().contains("0 to make"), second.err());
    }

    @Test
    void aCsvWithoutATopicColumnIsABadCommand() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "name,image\nkettle,\n");
        Run r = batch(CliRun.OFFLINE_ENV, csv.toString(), "--out-dir", dir.resolve("o").toString());
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("no 'topic' column") && r.err().contains("name, image"), r.err());
    }

    @Test
    void aMissingOutDirOrWorkersOutOfRangeAreBadCommands() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "topic\nkettle\n");
        Run noOut = batch(CliRun.OFFLINE_ENV, csv.toString());
        assertEquals(2, noOut.exit());
        assertTrue(noOut.err().contains("missing --out-dir"), noOut.err());
        Run workers = batch(CliRun.OFFLINE_ENV, csv.toString(), "--out-dir", dir.toString(), "--workers", "99");
        assertEquals(2, workers.exit());
        assertTrue(workers.err().contains("--workers must be a whole number from 1 to 16"), workers.err());
    }
}
