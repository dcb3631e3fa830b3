package dev.filmgen.testing;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.Composer;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.MediaInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Composer} that records every spec it is given and writes a small placeholder file; the film
 * it reports lasts {@code secondsPerBoard} per board plus the end card, at 1280x720 with audio.
 */
public final class RecordingComposer implements Composer {
    private final List<FilmSpec> specs = new CopyOnWriteArrayList<>();
    private final double secondsPerBoard;

    public RecordingComposer() {
        this(5.0);
    }

    public RecordingComposer(double secondsPerBoard) {
        this.secondsPerBoard = secondsPerBoard;
    }

    @Override
    public MediaInfo compose(FilmSpec spec, Path output) {
        specs.add(spec);
        StringBuilder text = new StringBuilder("fake film\n");
        for (BoardMedia b : spec.boards()) {
            text.append(b.index()).append(' ').append(b.subtitle()).append('\n');
        }
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.write(output, text.toString().getBytes(StandardCharsets.UTF_8));
            double seconds = spec.boards().size() * secondsPerBoard
                    + (spec.endCard() == null ? 0 : spec.endCard().durationSeconds());
            return new MediaInfo(seconds, Files.size(output), "mov,mp4,m4a,3gp,3g2,mj2", List.of(
                    new MediaInfo.StreamInfo(0, "video", "h264", seconds, 1280, 720, 25, "yuv420p", 0, 0),
                    new MediaInfo.StreamInfo(1, "audio", "aac", seconds, 0, 0, 0, null, 44100, 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every spec composed so far, in order. */
    public List<FilmSpec> specs() {
        return List.copyOf(specs);
    }

    /** The last spec composed; fails when there is none. */
    public FilmSpec lastSpec() {
        if (specs.isEmpty()) {
            throw new AssertionError("nothing was composed");
        }
        return specs.get(specs.size() - 1);
    }
}
