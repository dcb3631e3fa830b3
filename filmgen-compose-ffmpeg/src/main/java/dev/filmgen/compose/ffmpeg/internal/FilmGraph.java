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
 * Writes the one filter graph that makes the film: per board a {@code movie} source, normalised (rate, size by
 * letterbox or crop, pixel format), held on its last frame ({@code tpad}) and cut to the board's length, with its
 * subtitles and fade; the boards joined by {@code concat} or {@code xfade}; the end card; and the sound: narrations
 * delayed to their boards and mixed, background music looped, ducked under the voice ({@code sidechaincompress})
 * and faded out; voice and music are each loudness-normalised ({@code loudnorm}, -16 and -24 LUFS) and the mix limited. Outputs {@code [v]} and {@code [a]}.
 */
public final class FilmGraph {
    private final FilmPlan plan;
    private final FilmSpec spec;
    private final FilmStyle style;
    private final TextLayer text;
    private final StringBuilder graph = new StringBuilder();

    private FilmGraph(FilmPlan plan, FilmSpec spec, TextLayer text) {
        this.plan = plan;
        this.spec = spec;
        this.style = spec.style();
        this.text = text;
    }

    /** The graph text for {@code plan}; subtitle text files are written through {@code text}. */
    public static String build(FilmPlan plan, FilmSpec spec, TextLayer text) {
        FilmGraph g = new FilmGraph(plan, spec, text);
        g.video();
        g.audio();
        return g.graph.toString();
    }

    private void video() {
        List<FilmPlan.Board> boards = plan.boards();
        boolean colourCard = spec.endCard() != null && spec.endCard().background() != null;
        for (int i = 0; i < boards.size(); i++) {
            board(i, boards.get(i));
        }
        if (colourCard) {
            graph.append("color=c=").append(value(spec.endCard().background())).append(":s=").append(plan.width())
                    .append('x').append(plan.height()).append(":r=").append(plan.fpsNum()).append('/')
                    .append(plan.fpsDen()).append(":d=").append(num(plan.cardSeconds())).append(",format=yuv420p")
                    .append(text.endCard(spec.endCard(), 0)).append("[card];");
        }
        int inputs = boards.size() + (colourCard ? 1 : 0);
        String joined = "b0";
        if (inputs > 1 && plan.crossfade() <= 0) {
            for (int i = 0; i < boards.size(); i++) {
                graph.append("[b").append(i).append(']');
            }
            graph.append(colourCard ? "[card]" : "").append("concat=n=").append(inputs).append(":v=1:a=0[joined];");
            joined = "joined";
        } else if (inputs > 1) {
            for (int i = 1; i < boards.size(); i++) {
                String out = "x" + i;
                graph.append('[').append(joined).append("][b").append(i).append("]xfade=transition=fade:duration=")
                        .append(num(plan.crossfade())).append(":offset=").append(num(boards.get(i).start()))
                        .append('[').append(out).append("];");
                joined = out;
            }
            if (colourCard) {
                graph.append('[').append(joined).append("][card]concat=n=2:v=1:a=0[joined];");
                joined = "joined";
            }
        }
        graph.append('[').append(joined).append(']');
        List<String> tail = new ArrayList<>();
        if (spec.endCard() != null && !colourCard) {
            tail.add("tpad=stop_mode=clone:stop_duration=" + num(plan.cardSeconds()));
            tail.add("drawbox=x=0:y=0:w=iw:h=ih:color=black@0.45:t=fill:enable='gte(t," + num(plan.mainSeconds())
                    + ")'");
            tail.add(text.endCard(spec.endCard(), plan.mainSeconds()).substring(1));
        }
        if (style.fadeOutSeconds() > 0) {
            double d = Math.min(style.fadeOutSeconds(), plan.totalSeconds());
            tail.add("fade=t=out:st=" + num(plan.totalSeconds() - d) + ":d=" + num(d));
        }
        tail.add("format=yuv420p");
        graph.append(String.join(",", tail)).append("[v];");
    }

    private void board(int i, FilmPlan.Board b) {
        MediaInfo.StreamInfo clip = b.clip();
        List<String> chain = new ArrayList<>();
        chain.add("movie=" + value(b.media().clip().toString()));
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
        chain.add("trim=duration=" + num(b.duration()));
        chain.add("setpts=PTS-STARTPTS");
        graph.append(String.join(",", chain));
        double from = b.narrationSeconds() > 0 ? b.voiceAt() : Math.min(0.2, b.duration() / 10);
        double to = b.narrationSeconds() > 0 ? b.voiceAt() + b.narrationSeconds()
                : b.duration() - from - (i < plan.boards().size() - 1 ? plan.crossfade() : 0);
        graph.append(text.subtitles(i, b.media().subtitle(), from, to));
        if (i > 0 && plan.crossfade() <= 0 && style.fadeInSeconds() > 0) {
            graph.append(",fade=t=in:st=0:d=").append(num(Math.min(style.fadeInSeconds(), b.duration() / 2)));
        }
        graph.append("[b").append(i).append("];");
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
                    .append(",adelay=delays=").append(delayMs).append(":all=1[n").append(i).append("];");
            voices.add("[n" + i + "]");
        }
        if (voices.isEmpty()) {
            graph.append("anullsrc=r=48000:cl=stereo,").append(fmt);
        } else {
            graph.append(String.join("", voices));
            graph.append(voices.size() == 1 ? "anull" : "amix=inputs=" + voices.size()
                    + ":normalize=0:duration=longest:dropout_transition=0");
            graph.append(",loudnorm=I=-16:TP=-1.5:LRA=11,").append(fmt).append(",asetpts=N/SR/TB");
        }
        graph.append(",apad=whole_dur=").append(num(total)).append(",atrim=duration=").append(num(total))
                .append("[voice];");
        String mixed = "voice";
        if (spec.music() != null) {
            double fade = Math.min(2.0, total / 4);
            graph.append("amovie=").append(value(spec.music().toString())).append(":loop=0,").append(fmt)
                    .append(",loudnorm=I=-24:TP=-3:LRA=11,").append(fmt)
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
