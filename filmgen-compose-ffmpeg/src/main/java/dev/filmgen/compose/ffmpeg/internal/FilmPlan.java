package dev.filmgen.compose.ffmpeg.internal;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.EndCard;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The film's timeline, worked out from probes before anything is decoded: output size and rate, and for each board
 * its start, its length (max of the clip and lead + narration + pad + the next cross-fade, rounded up to whole
 * frames) and where its narration starts. Narration is never cut; a short clip is held on its last frame.
 *
 * @param width output width
 * @param height output height
 * @param fpsNum frame rate numerator
 * @param fpsDen frame rate denominator
 * @param boards the boards in order
 * @param crossfade cross-fade seconds between boards
 * @param mainSeconds length of the boards together (cross-fades overlapped)
 * @param cardSeconds length of the end card (0 for none)
 */
public record FilmPlan(int width, int height, int fpsNum, int fpsDen, List<Board> boards, double crossfade,
                       double mainSeconds, double cardSeconds) {

    /**
     * One board on the timeline.
     *
     * @param media what the caller gave
     * @param clip the clip's probe
     * @param narrationSeconds narration length, 0 when none
     * @param start film time the board starts
     * @param duration board length
     * @param voiceAt board-local time the narration starts
     */
    public record Board(BoardMedia media, MediaInfo.StreamInfo clip, double narrationSeconds, double start,
                        double duration, double voiceAt) {
        /** {@code board N (clip path)}, one-based as people count. */
        public String label() {
            return "board " + (media.index() + 1) + " (clip " + media.clip() + ")";
        }
    }

    /** The film's full length. */
    public double totalSeconds() {
        return mainSeconds + cardSeconds;
    }

    /** Frames per second. */
    public double fps() {
        return (double) fpsNum / fpsDen;
    }

    /** Which board is on screen at film time {@code t}, for error messages. */
    public String where(double t) {
        for (Board b : boards) {
            if (t < b.start() + b.duration()) {
                return b.label();
            }
        }
        return cardSeconds > 0 ? "the end card" : boards.get(boards.size() - 1).label();
    }

    /** Probes every input and lays out the timeline; a missing or unreadable input fails naming its board. */
    public static FilmPlan of(FilmSpec spec, MediaProbe probe) {
        FilmStyle style = spec.style();
        List<MediaInfo.StreamInfo> clips = new ArrayList<>();
        List<Double> narrations = new ArrayList<>();
        for (BoardMedia media : spec.boards()) {
            String board = "board " + (media.index() + 1);
            MediaInfo clip = probeInput(probe, media.clip(), board + " clip");
            MediaInfo.StreamInfo video = clip.video().orElseThrow(() -> new InvalidInputException(
                    board + " clip " + media.clip() + " has no video stream"));
            clips.add(new MediaInfo.StreamInfo(video.index(), video.kind(), video.codec(),
                    video.durationSeconds() > 0 ? video.durationSeconds() : clip.durationSeconds(), video.width(),
                    video.height(), video.frameRate(), video.pixelFormat(), 0, 0));
            double narration = 0;
            if (media.narration() != null) {
                MediaInfo voice = probeInput(probe, media.narration(), board + " narration");
                if (voice.audio().isEmpty()) {
                    throw new InvalidInputException(board + " narration " + media.narration() + " has no audio");
                }
                narration = voice.durationSeconds();
            }
            narrations.add(narration);
        }
        if (spec.music() != null) {
            MediaInfo music = probeInput(probe, spec.music(), "background music");
            if (music.audio().isEmpty()) {
                throw new InvalidInputException("background music " + spec.music() + " has no audio");
            }
        }
        MediaInfo.StreamInfo first = clips.get(0);
        int[] size = size(style, first);
        double fps = style.fps() > 0 ? style.fps()
                : first.frameRate() >= 5 && first.frameRate() <= 120 ? first.frameRate() : 25;
        int[] rate = EncodeSettings.rational(fps);
        double frame = (double) rate[1] / rate[0];
        double x = Math.round(Math.max(0, style.crossfadeSeconds()) / frame) * frame;
        List<Board> boards = new ArrayList<>();
        double start = 0;
        int n = spec.boards().size();
        for (int i = 0; i < n; i++) {
            double lead = i > 0 ? x : 0;
            double tail = i < n - 1 ? x : 0;
            double voiced = narrations.get(i) > 0
                    ? lead + narrations.get(i) + Math.max(0, style.narrationPadSeconds()) + tail : 0;
            double length = Math.max(Math.max(clips.get(i).durationSeconds(), voiced), lead + tail + frame);
            length = Math.ceil(length / frame - 1e-6) * frame;
            boards.add(new Board(spec.boards().get(i), clips.get(i), narrations.get(i), start, length, lead));
            start += length - tail;
        }
        EndCard card = spec.endCard();
        double cardSeconds = card == null ? 0 : Math.ceil(Math.max(0.5, card.durationSeconds()) / frame) * frame;
        return new FilmPlan(size[0], size[1], rate[0], rate[1], List.copyOf(boards), x, start, cardSeconds);
    }

    private static int[] size(FilmStyle style, MediaInfo.StreamInfo first) {
        int w = style.width();
        int h = style.height();
        if (w <= 0 && h <= 0) {
            w = first.width();
            h = first.height();
        } else if (w <= 0) {
            w = (int) Math.round(h * (double) first.width() / first.height());
        } else if (h <= 0) {
            h = (int) Math.round(w * (double) first.height() / first.width());
        }
        return new int[] {Math.max(16, w & ~1), Math.max(16, h & ~1)};
    }

    private static MediaInfo probeInput(MediaProbe probe, Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(what + " " + file + " does not exist or is not a file");
        }
        try {
            return probe.probe(file);
        } catch (FilmgenException e) {
            throw new InvalidInputException(what + " " + file + " is not readable media: " + e.getMessage(), e);
        }
    }
}
