package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.Composer;
import dev.filmgen.compose.EndCard;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.error.FilmgenException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract kit of {@link Composer}: boards become one film with picture and sound in which no narration is cut,
 * at the style's size or the first clip's; the end card adds its time; the returned probe is the output's; a bad
 * board fails naming the board and its file and leaves an earlier output untouched; two films can be made at once.
 * The subclass supplies the composer, a probe it trusts to measure the result, and a way to make small test clips;
 * the kit keeps the media tiny (160x90, a second or two) so a run takes seconds.
 */
public abstract class ComposerKit {
    @TempDir
    protected Path dir;

    /** The composer under test. */
    protected abstract Composer composer();

    /** A probe that measures the composer's output truly (it runs its own kit). */
    protected abstract MediaProbe probe();

    /** Writes a small video clip (with a tone when {@code withAudio}) to {@code file}; returns it. */
    protected abstract Path clip(Path file, int width, int height, double fps, double seconds, boolean withAudio);

    /** The style the kit composes with: defaults, with no fade so durations add up exactly. */
    protected FilmStyle style(int width, int height) {
        FilmStyle d = FilmStyle.defaults();
        return new FilmStyle(d.fontFile(), 24, d.fontColor(), d.boxColor(), d.outline(), d.position(), 0, 0, 0,
                width, height, d.fit(), d.fps(), 40, d.narrationPadSeconds());
    }

    private Path narration(String name, double seconds) {
        return KitMedia.wavFile(dir.resolve(name), seconds, 220, 22050, 1);
    }

    private List<BoardMedia> twoBoards() {
        Path clip1 = clip(dir.resolve("clip-1.mp4"), 160, 90, 10, 1.0, false);
        Path clip2 = clip(dir.resolve("clip-2.mp4"), 160, 90, 10, 1.0, true);
        return List.of(new BoardMedia(0, clip1, narration("voice-1.wav", 1.6), "Cold mornings come early."),
                new BoardMedia(1, clip2, narration("voice-2.wav", 0.6), "暖一整天"));
    }

    private MediaInfo assertOutput(Path out, MediaInfo returned) throws IOException {
        MediaInfo measured = probe().probe(out);
        assertEquals(measured.durationSeconds(), returned.durationSeconds(), 0.1, "the returned probe is the film's");
        assertEquals(Files.size(out), returned.sizeBytes(), "the returned size is the file's");
        assertTrue(measured.video().isPresent(), "the film has a picture");
        assertTrue(measured.audio().isPresent(), "the film has sound");
        return measured;
    }

    @Test
    void boardsBecomeOneFilmInWhichNoNarrationIsCut() throws IOException {
        List<BoardMedia> boards = twoBoards();
        Path out = dir.resolve("film.mp4");

        MediaInfo returned = composer().compose(new FilmSpec(boards, null, style(0, 0), null), out);

        MediaInfo film = assertOutput(out, returned);
        double narration = 1.6 + 0.6;
        double most = Math.max(1.0, 1.6 + 1.0) + Math.max(1.0, 0.6 + 1.0);
        assertTrue(film.durationSeconds() >= narration - 0.05, "every narration is heard whole: "
                + film.durationSeconds() + " s for " + narration + " s of narration");
        assertTrue(film.durationSeconds() <= most + 0.5, "no more than each board's clip or narration and pad: "
                + film.durationSeconds() + " s");
        MediaInfo.StreamInfo video = film.video().orElseThrow();
        assertEquals(160, video.width(), "the first clip's size when the style sets none");
        assertEquals(90, video.height());
    }

    @Test
    void theStylesSizeWins() throws IOException {
        Path out = dir.resolve("sized.mp4");

        MediaInfo returned = composer().compose(new FilmSpec(twoBoards(), null, style(240, 136), null), out);

        MediaInfo.StreamInfo video = assertOutput(out, returned).video().orElseThrow();
        assertEquals(240, video.width());
        assertEquals(136, video.height());
    }

    @Test
    void anEndCardAddsItsTime() throws IOException {
        List<BoardMedia> one = List.of(new BoardMedia(0, clip(dir.resolve("c.mp4"), 160, 90, 10, 1.0, false),
                narration("v.wav", 0.5), "Warmth that lasts"));
        Path without = dir.resolve("without.mp4");
        Path with = dir.resolve("with.mp4");

        double plain = composer().compose(new FilmSpec(one, null, style(0, 0), null), without).durationSeconds();
        MediaInfo carded = composer().compose(new FilmSpec(one, null, style(0, 0),
                new EndCard("Aurora", "Warmth that lasts", 1.0, "#2F6FD0")), with);

        assertOutput(with, carded);
        assertEquals(plain + 1.0, carded.durationSeconds(), 0.25, "the end card's second is added");
    }

    @Test
    void aBoardThatIsNotMediaFailsNamingItAndLeavesTheOldFilm() throws IOException {
        Path out = Files.writeString(dir.resolve("film.mp4"), "the film made last time", StandardCharsets.UTF_8);
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        Path corrupt = Files.write(dir.resolve("broken-clip.mp4"), junk);
        List<BoardMedia> boards = List.of(twoBoards().get(0), new BoardMedia(1, corrupt, null, "second"));
        List<Path> before = files();

        FilmgenException e = assertThrows(FilmgenException.class,
                () -> composer().compose(new FilmSpec(boards, null, style(0, 0), null), out));

        assertTrue(e.getMessage().contains("board 2") && e.getMessage().contains("broken-clip.mp4"),
                "the error names the board (counted from 1) and its file: " + e.getMessage());
        assertArrayEquals("the film made last time".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out),
                "the earlier film is untouched");
        assertEquals(before, files(), "no partial output is left beside it");
    }

    @Test
    void aMissingNarrationFailsNamingItsBoard() {
        List<BoardMedia> boards = List.of(twoBoards().get(0),
                new BoardMedia(1, dir.resolve("clip-2.mp4"), dir.resolve("no-such-voice.wav"), "x"));

        FilmgenException e = assertThrows(FilmgenException.class,
                () -> composer().compose(new FilmSpec(boards, null, style(0, 0), null), dir.resolve("f.mp4")));

        assertTrue(e.getMessage().contains("board 2") && e.getMessage().contains("no-such-voice.wav"), e.getMessage());
    }

    @Test
    void twoFilmsCanBeMadeAtOnce() throws Exception {
        List<BoardMedia> boards = twoBoards();

        List<MediaInfo> films = Concurrently.run(2, i -> composer().compose(new FilmSpec(boards, null,
                style(0, 0), null), dir.resolve("film-" + i + ".mp4")));

        for (int i = 0; i < 2; i++) {
            assertOutput(dir.resolve("film-" + i + ".mp4"), films.get(i));
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
