package dev.filmgen.compose.ffmpeg.internal;

import static dev.filmgen.compose.ffmpeg.internal.Filters.num;
import static dev.filmgen.compose.ffmpeg.internal.Filters.value;

import dev.filmgen.compose.EndCard;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.MediaInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the filter graphs that make the film. The picture is one small graph per segment (see
 * {@link SegmentedVideo}): a board's {@code movie} source normalised (rate, size by letterbox or crop, pixel format),
 * held on its last frame ({@code tpad}) and cut to the board's length, with its subtitles and fade; then the end
 * card. The sound is one graph: narrations delayed to their boards and mixed, background music looped, ducked under
 * the voice ({@code sidechaincompress}) and faded out; each narration and the music get a fixed gain to their loudness
 * targets (measured beforehand by {@link Loudness}: -16 and -24 LUFS) and the mix is limited. Outputs are {@code [v]} and {@code [a]}.
 */
public final class FilmGraph {
    private final FilmPlan plan;
    private final FilmSpec spec;
    private final FilmStyle style;
    private final TextLayer text;
    private final StringBuilder graph = new StringBuilder();
    private final java.util.Map<Integer, Double> voiceGains;
    private final double musicGain;

    /**
     * The graphs of one film.
     *
     * @param segments the picture's segments in order
     * @param audio the sound graph, output {@code [a]}
     */
    public record Parts(List<SegmentedVideo.Segment> segments, String audio) {
    }

    private FilmGraph(FilmPlan plan, FilmSpec spec, TextLayer text, java.util.Map<Integer, Double> voiceGains,
                      double musicGain) {
        this.plan = plan;
        this.spec = spec;
        this.style = spec.style();
        this.text = text;
        this.voiceGains = voiceGains;
        this.musicGain = musicGain;
    }

    /**
     * The graphs for {@code plan}; subtitle text files are written through {@code text}. {@code voiceGains} (dB,
     * by board position; missing means 0) and {@code musicGain} (dB) bring narration and music to their targets.
     */
    public static Parts build(FilmPlan plan, FilmSpec spec, TextLayer text, java.util.Map<Integer, Double> voiceGains,
                              double musicGain) {
        FilmGraph g = new FilmGraph(plan, spec, text, voiceGains, musicGain);
        List<SegmentedVideo.Segment> segments = g.video();
        g.audio();
        return new Parts(segments, g.graph.toString());
    }

    private List<SegmentedVideo.Segment> video() {
        List<FilmPlan.Board> boards = plan.boards();
        EndCard card = spec.endCard();
        boolean colourCard = card != null && card.background() != null;
        long overlap = Math.round(plan.crossfade() * plan.fps());
        List<SegmentedVideo.Segment> segments = new ArrayList<>();
        for (int i = 0; i < boards.size(); i++) {
            FilmPlan.Board b = boards.get(i);
            boolean last = i == boards.size() - 1;
            double length = b.duration() + (last && card != null && !colourCard ? plan.cardSeconds() : 0);
            List<String> chain = board(i, b, length);
            if (last && card != null && !colourCard) {
                chain.add("drawbox=x=0:y=0:w=iw:h=ih:color=black@0.45:t=fill:enable='gte(t," + num(b.duration())
                        + ")'");
                chain.add(text.endCard(card, b.duration()).substring(1));
            }
            if (last && !colourCard) {
                fadeOut(chain, length);
            }
            segments.add(new SegmentedVideo.Segment(String.join(",", chain) + "[v]", frames(length),
                    last ? 0 : overlap, b.label()));
        }
        if (colourCard) {
            List<String> chain = new ArrayList<>();
            chain.add("color=c=" + value(card.background()) + ":s=" + plan.width() + "x" + plan.height() + ":r="
                    + plan.fpsNum() + "/" + plan.fpsDen() + ":d=" + num(plan.cardSeconds()));
            chain.add("format=yuv420p" + text.endCard(card, 0));
            fadeOut(chain, plan.cardSeconds());
            segments.add(new SegmentedVideo.Segment(String.join(",", chain) + "[v]", frames(plan.cardSeconds()), 0,
                    "the end card"));
        }
        return segments;
    }

    private long frames(double seconds) {
        return Math.round(seconds * plan.fps());
    }

    private void fadeOut(List<String> chain, double length) {
        if (style.fadeOutSeconds() > 0) {
            double d = Math.min(style.fadeOutSeconds(), length);
            chain.add("fade=t=out:st=" + num(length - d) + ":d=" + num(d));
        }
    }

    private List<String> board(int i, FilmPlan.Board b, double length) {
        MediaInfo.StreamInfo clip = b.clip();
        List<String> chain = new ArrayList<>();
        // one decoding thread: the segment is read on its own prefetch thread beside the encoder anyway, and
        // short-lived decoder threads per board made glibc spread freed frames over ever more arenas (RSS grew)
        chain.add("movie=" + value(b.media().clip().toString()) + ":dec_threads=1");
        chain.add("setpts=PTS-STARTPTS");
        chain.add("fps=" + plan.fpsNum() + "/" + plan.fpsDen());
        if (clip.width() != plan.width() || clip.height() != plan.height()) {
            String w = Integer.toString(plan.width());
            String h = Integer.toString(plan.height());
            if (style.fit() == FilmStyle.Fit.CROP) {
                chain.add("scale=" + w + ":" + h + ":force_original_aspect_ratio=increase:flags=bicubic");
                chain.add("crop=" + w + ":" + h);
            } else {
                chain.add("scale=" + w + ":" + h + ":force_original_aspect_ratio=decrease:flags=bicubic");
                chain.add("pad=" + w + ":" + h + ":(ow-iw)/2:(oh-ih)/2:color=black");
            }
        }
        chain.add("setsar=1");
        if (!"yuv420p".equals(clip.pixelFormat())) {
            chain.add("format=yuv420p");
        }
        chain.add("tpad=stop_mode=clone:stop=-1");
        chain.add("trim=duration=" + num(length));
        chain.add("setpts=PTS-STARTPTS");
        double from = b.narrationSeconds() > 0 ? b.voiceAt() : Math.min(0.2, b.duration() / 10);
        double to = b.narrationSeconds() > 0 ? b.voiceAt() + b.narrationSeconds()
                : b.duration() - from - (i < plan.boards().size() - 1 ? plan.crossfade() : 0);
        String subtitles = text.subtitles(i, b.media().subtitle(), from, to);
        if (!subtitles.isEmpty()) {
            chain.add(subtitles.substring(1));
        }
        if (i > 0 && plan.crossfade() <= 0 && style.fadeInSeconds() > 0) {
            chain.add("fade=t=in:st=0:d=" + num(Math.min(style.fadeInSeconds(), b.duration() / 2)));
        }
        return chain;
    }

    private void audio() {
        double total = plan.totalSeconds();
        String fmt = "aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";
        List<String> voices = new ArrayList<>();
        for (int i = 0; i < plan.boards().size(); i++) {
            FilmPlan.Board b = plan.boards().get(i);
            if (b.narrationSeconds() <= 0) {
                continue;
            }
            long delayMs = Math.round((b.start() + b.voiceAt()) * 1000);
            graph.append("amovie=").append(value(b.media().narration().toString())).append(',').append(fmt)
                    .append(",volume=").append(num(voiceGains.getOrDefault(i, 0.0))).append("dB")
                    .append(",adelay=delays=").append(delayMs).append(":all=1[n").append(i).append("];");
            voices.add("[n" + i + "]");
        }
        if (voices.isEmpty()) {
            graph.append("anullsrc=r=48000:cl=stereo,").append(fmt);
        } else {
            graph.append(String.join("", voices));
            graph.append(voices.size() == 1 ? "anull" : "amix=inputs=" + voices.size()
                    + ":normalize=0:duration=longest:dropout_transition=0");
        }
        graph.append(",apad=whole_dur=").append(num(total)).append(",atrim=duration=").append(num(total))
                .append("[voice];");
        String mixed = "voice";
        if (spec.music() != null) {
            double fade = Math.min(2.0, total / 4);
            graph.append("amovie=").append(value(spec.music().toString())).append(":loop=0,").append(fmt)
                    .append(",volume=").append(num(musicGain)).append("dB")
                    .append(",asetpts=N/SR/TB,atrim=duration=").append(num(total))
                    .append(",afade=t=out:st=").append(num(total - fade)).append(":d=").append(num(fade))
                    .append("[bgm];[voice]asplit=2[vmain][vkey];")
                    .append("[bgm][vkey]sidechaincompress=threshold=0.01:ratio=12:attack=20:release=400[ducked];")
                    .append("[vmain][ducked]amix=inputs=2:normalize=0:duration=first:dropout_transition=0[mixed];");
            mixed = "mixed";
        }
        graph.append('[').append(mixed).append("]alimiter=limit=0.9:level=0,").append(fmt).append(",asetpts=N/SR/TB");
        if (style.fadeOutSeconds() > 0) {
            double d = Math.min(style.fadeOutSeconds(), total);
            graph.append(",afade=t=out:st=").append(num(total - d)).append(":d=").append(num(d));
        }
        graph.append(",atrim=duration=").append(num(total)).append("[a]");
    }
}
