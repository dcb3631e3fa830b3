package dev.filmgen.stages.film;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.EndCard;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.domain.Board;
import dev.filmgen.domain.Film;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Script;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.stages.internal.Pictures;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.session.FilmSession;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import dev.filmgen.storage.StoredObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in {@code Film} stage: composes every board's clip, narration and subtitle (the line's words)
 * with the configured style and an end card (product name and slogan), tells the user in one notice what the
 * voice and the subtitles leave out (emoji, symbols, characters no font draws), stores the MP4 under
 * {@code <session>/film/film.mp4} and records it with a link valid for 24 hours. Options:
 * {@code end_card} (default true), {@code end_card_seconds} (default 2), {@code end_card_background}.
 */
public final class FilmHandler implements Handler {
    /** How long the film's link stays valid. */
    public static final Duration LINK_TTL = Duration.ofHours(24);

    @Override
    public void handle(StageContext ctx) {
        FilmSession session = ctx.session();
        List<Board> boards = StageInputs.boards(ctx);
        List<BoardMedia> media = new ArrayList<>();
        LeftOut leftOut = new LeftOut();
        FilmStyle style = ctx.config().filmStyle();
        for (Board b : boards) {
            int i = b.index();
            MediaAsset clip = session.clips().get(i);
            if (clip == null) {
                throw new StageFailedException(ctx.stage(), i, "no clip for this board: run Video first", null);
            }
            MediaAsset voice = session.voices().get(i);
            if (voice == null) {
                throw new StageFailedException(ctx.stage(), i, "no narration audio for this board: run Audio first", null);
            }
            String subtitle = session.lines().stream().filter(l -> l.board() == i).map(Line::text)
                    .filter(t -> t != null && !t.isBlank()).findFirst().orElse(b.narration());
            leftOut.spoken(subtitle);
            media.add(new BoardMedia(i, ctx.localFile(clip), ctx.localFile(voice),
                    leftOut.shown(subtitle, ctx.composer(), style)));
        }
        EndCard card = endCard(ctx, session.script());
        if (card != null) {
            card = new EndCard(leftOut.shown(card.productName(), ctx.composer(), style),
                    leftOut.shown(card.slogan(), ctx.composer(), style), card.durationSeconds(), card.background());
        }
        leftOut.notice().ifPresent(ctx::notice);
        FilmSpec spec = new FilmSpec(media, null, style, card);
        Path out = ctx.workDir().resolve("film.mp4");
        ctx.checkCancelled();
        MediaInfo info = ctx.composer().compose(spec, out);

        String key = ctx.sessionId() + "/film/film.mp4";
        StoredObject stored = ctx.storage().put(key, out, "video/mp4");
        URI link = ctx.storage().link(key, LINK_TTL);
        URI where = ctx.storage().localFile(key).map(Path::toUri).orElse(link);
        Integer width = info.video().map(v -> v.width()).orElse(null);
        Integer height = info.video().map(v -> v.height()).orElse(null);
        MediaAsset video = new MediaAsset(where, "video/mp4", key, stored.sizeBytes(), info.durationSeconds(),
                width, height);
        Film film = new Film(video, link.toString(), info.durationSeconds());
        ctx.update(b -> b.film(film));
    }

    private static EndCard endCard(StageContext ctx, Script script) {
        if (script == null || "false".equalsIgnoreCase(Pictures.option(ctx, "end_card", "true"))) {
            return null;
        }
        double seconds;
        try {
            seconds = Double.parseDouble(Pictures.option(ctx, "end_card_seconds", "2"));
        } catch (NumberFormatException e) {
            throw new dev.filmgen.error.InvalidInputException("Film option end_card_seconds is not a number: "
                    + Pictures.option(ctx, "end_card_seconds", ""), e);
        }
        return seconds <= 0 ? null : new EndCard(script.productName(), script.slogan(), seconds,
                Pictures.option(ctx, "end_card_background", null));
    }
}
