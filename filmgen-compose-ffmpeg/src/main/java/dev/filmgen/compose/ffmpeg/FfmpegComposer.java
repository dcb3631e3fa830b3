package dev.filmgen.compose.ffmpeg;

import dev.filmgen.error.StorageFailures;
import dev.filmgen.storage.WorkRoot;
import dev.filmgen.compose.Composer;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.compose.ffmpeg.internal.EncodeSettings;
import dev.filmgen.compose.ffmpeg.internal.Files2;
import dev.filmgen.compose.ffmpeg.internal.FilmGraph;
import dev.filmgen.compose.ffmpeg.internal.FilmPlan;
import dev.filmgen.compose.ffmpeg.internal.FilterGraph;
import dev.filmgen.compose.ffmpeg.internal.FrameSource;
import dev.filmgen.compose.ffmpeg.internal.SegmentedVideo;
import dev.filmgen.compose.ffmpeg.internal.GraphRenderer;
import dev.filmgen.compose.ffmpeg.internal.Loudness;
import dev.filmgen.compose.ffmpeg.internal.TextLayer;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Composer} on in-process FFmpeg (bytedeco natives; no ffmpeg program, no system packages): filter
 * graphs decode every clip and narration (each board's graph opened only while it is on screen), normalise, hold short clips on their last frame so narration is never
 * cut, draw sentence-timed subtitles in fonts that
 * draw every character ({@link FilmFonts}), fade or cross-fade, duck and fade the music,
 * normalise loudness, and feed the H.264 (OpenH264) + AAC encoder directly. The MP4 is written beside
 * {@code output} and moved into place when complete. Thread-safe: every call has its own work directory.
 */
public final class FfmpegComposer implements Composer {
    private static final Logger LOG = LoggerFactory.getLogger(FfmpegComposer.class);
    private final MediaProbe probe;
    private final Path workRoot;
    private final FilmFonts fonts;

    private FfmpegComposer(Builder b) {
        this.probe = b.probe;
        this.workRoot = b.workRoot;
        this.fonts = b.fonts;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A composer with the default probe and the default work root. */
    public static FfmpegComposer create() {
        return builder().build();
    }

    @Override
    public MediaInfo compose(FilmSpec spec, Path output) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(output, "output");
        long started = System.nanoTime();
        FilmPlan plan = FilmPlan.of(spec, probe);
        Path work = null;
        Path temp = null;
        try {
            work = (workRoot == null ? WorkRoot.systemDefault() : WorkRoot.at(workRoot)).newFolder("compose-");
            TextLayer text = new TextLayer(work, fonts, fontFile(spec.style()), spec.style(), plan.width(),
                    plan.height());
            double musicGain = spec.music() == null ? 0 : Loudness.gainDb(
                    Loudness.integrated(spec.music(), "background music " + spec.music()), Loudness.MUSIC_TARGET);
            FilmGraph.Parts parts = FilmGraph.build(plan, spec, text, voiceGains(plan), musicGain);
            LOG.debug("film graphs for {}: {}", output, parts);
            EncodeSettings settings = new EncodeSettings(plan.width(), plan.height(), plan.fpsNum(), plan.fpsDen(),
                    EncodeSettings.bitrateFor(spec.style().quality(), plan.width(), plan.height(), plan.fps()),
                    "libopenh264", true);
            temp = Files2.tempBeside(output);
            render(parts, settings, temp);
            MediaInfo info = probe.probe(temp);
            Files2.moveIntoPlace(temp, output);
            LOG.info("composed {} boards into {} ({} s of film) in {} ms", plan.boards().size(), output,
                    String.format(java.util.Locale.ROOT, "%.2f", info.durationSeconds()),
                    (System.nanoTime() - started) / 1_000_000);
            return info;
        } catch (UncheckedIOException e) {
            throw StorageFailures.of("composing " + output + " failed: cannot write its files", e.getCause());
        } finally {
            Files2.deleteQuietly(temp);
            Files2.deleteQuietly(work);
        }
    }

    /** Gain (dB) per board position that brings each narration to the voice loudness target. */
    private static Map<Integer, Double> voiceGains(FilmPlan plan) {
        Map<Path, Double> measured = new HashMap<>();
        Map<Integer, Double> gains = new HashMap<>();
        for (int i = 0; i < plan.boards().size(); i++) {
            FilmPlan.Board b = plan.boards().get(i);
            if (b.narrationSeconds() > 0) {
                double lufs = measured.computeIfAbsent(b.media().narration(),
                        p -> Loudness.integrated(p, b.label() + " narration " + p));
                gains.put(i, Loudness.gainDb(lufs, Loudness.VOICE_TARGET));
            }
        }
        return gains;
    }

    private static void render(FilmGraph.Parts parts, EncodeSettings settings, Path temp) {
        String sound = "the sound track (narrations and music)";
        FilterGraph audio = FilterGraph.open(parts.audio(), sound);
        GraphRenderer.render(new SegmentedVideo(parts.segments(), settings),
                FrameSource.of(audio, GraphRenderer.AUDIO, sound), audio, settings, temp, true);
    }

    /**
     * The characters of {@code text} no font can draw (see {@link FilmFonts}): the film leaves them out of its
     * subtitles and end card, so callers name them to the user.
     */
    @Override
    public String undrawable(String text, FilmStyle style) {
        return fonts.choose(text, fontFile(style)).missing();
    }

    private static Path fontFile(FilmStyle style) {
        Path custom = style == null ? null : style.fontFile();
        if (custom != null && !Files.isRegularFile(custom)) {
            throw new InvalidInputException("style fontFile " + custom + " does not exist or is not a file");
        }
        return custom;
    }

    /** Builder for {@link FfmpegComposer}. */
    public static final class Builder {
        private MediaProbe probe = new FfmpegProbe();
        private Path workRoot;
        private FilmFonts fonts = FilmFonts.defaults();

        private Builder() {
        }

        /** The probe used to measure inputs (default {@link FfmpegProbe}). */
        public Builder probe(MediaProbe probe) {
            this.probe = probe;
            return this;
        }

        /**
         * The work root each call's scratch folder goes under (see {@code WorkRoot}; default
         * {@code <java.io.tmpdir>/filmgen-work}); the folder is deleted when the call ends, and after a crash at the
         * root's next first use.
         */
        public Builder workRoot(Path workRoot) {
            this.workRoot = workRoot;
            return this;
        }

        /** The fonts subtitles and the end card are drawn with (default {@link FilmFonts#defaults()}). */
        public Builder fonts(FilmFonts fonts) {
            this.fonts = fonts;
            return this;
        }

        public FfmpegComposer build() {
            Objects.requireNonNull(probe, "probe");
            Objects.requireNonNull(fonts, "fonts");
            return new FfmpegComposer(this);
        }
    }
}
