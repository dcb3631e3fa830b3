package dev.filmgen.testing;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.Film;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Script;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.handler.StageContext;
import dev.filmgen.storage.StoredObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal stage handlers for runner tests: each builds its model request from the session (so edits
 * change exactly the requests that read the edited record) and records a deterministic result.
 */
public final class FakeHandlers {
    private FakeHandlers() {
    }

    public static Map<Stage, Handler> all() {
        Map<Stage, Handler> m = new EnumMap<>(Stage.class);
        m.put(Stage.SCRIPT, ctx -> {
            String t = chat(ctx, "Script", ctx.session().topic().text());
            ctx.update(b -> b.script(new Script("T", t, List.of("Ann", "Bob"), "Prod", "a red box", "Buy")));
        });
        m.put(Stage.STORYBOARD, ctx -> {
            chat(ctx, "Storyboard", ctx.session().script().story());
            List<Board> boards = new ArrayList<>();
            for (int i = 0; i < ctx.config().maxBoards(); i++) {
                boards.add(new Board(i, i % 2 == 0 ? List.of("Ann") : List.of("Bob"), "picture " + i, "narration " + i));
            }
            ctx.update(b -> b.boards(boards));
        });
        m.put(Stage.ROLE_DESCRIPTION, ctx -> {
            chat(ctx, "RoleDescription", ctx.session().boards().toString());
            List<Role> roles = new ArrayList<>();
            for (String n : List.of("Ann", "Bob").subList(0, Math.min(2, ctx.config().maxRoles()))) {
                roles.add(new Role(n, n + " look", n + " clothes", n + " setting"));
            }
            ctx.update(b -> b.roles(roles));
        });
        m.put(Stage.ROLE_IMAGE, ctx -> {
            Role r = ctx.session().roles().get(ctx.item());
            MediaAsset a = ctx.image(new ImageRequest(ctx.settings().model(), r.look() + ", " + r.clothes() + ", "
                    + r.setting(), null, 64, 64, List.of(), null, Map.of(), "role:" + r.name()));
            ctx.update(b -> b.roleImage(r.name(), a));
        });
        m.put(Stage.FIRST_FRAME_DESCRIPTION, ctx -> {
            chat(ctx, "FirstFrameDescription", ctx.session().roles().toString());
            List<FrameDescription> f = new ArrayList<>();
            for (Board bd : ctx.session().boards()) {
                f.add(new FrameDescription(bd.index(), "frame of " + bd.picture()));
            }
            ctx.update(b -> b.frames(f));
        });
        m.put(Stage.FIRST_FRAME_IMAGE, ctx -> {
            FilmSession s = ctx.session();
            int i = ctx.item();
            List<MediaAsset> refs = new ArrayList<>();
            for (String c : s.boards().get(i).characters()) {
                if (s.roleImages().containsKey(c)) {
                    refs.add(s.roleImages().get(c));
                }
            }
            MediaAsset a = ctx.image(new ImageRequest(ctx.settings().model(), s.frames().get(i).text(), null, 64, 64,
                    refs, null, Map.of(), "frame:" + i));
            ctx.update(b -> b.firstFrame(i, a));
        });
        m.put(Stage.VIDEO_DESCRIPTION, ctx -> {
            chat(ctx, "VideoDescription", ctx.session().frames().toString());
            List<CameraDescription> c = new ArrayList<>();
            for (Board bd : ctx.session().boards()) {
                c.add(new CameraDescription(bd.index(), "slow push on " + bd.picture()));
            }
            ctx.update(b -> b.cameras(c));
        });
        m.put(Stage.VIDEO, ctx -> {
            FilmSession s = ctx.session();
            int i = ctx.item();
            MediaAsset a = ctx.video(new VideoRequest(ctx.settings().model(), s.firstFrames().get(i),
                    s.cameras().get(i).text(), "720P", 5, null, Map.of(), "clip:" + i));
            ctx.update(b -> b.clip(i, a));
        });
        m.put(Stage.LINE, ctx -> {
            chat(ctx, "Line", ctx.session().boards().toString());
            List<Line> l = new ArrayList<>();
            for (Board bd : ctx.session().boards()) {
                l.add(new Line(bd.index(), "narrator", bd.narration(), "Cherry"));
            }
            ctx.update(b -> b.lines(l));
        });
        m.put(Stage.AUDIO, ctx -> {
            Line l = ctx.session().lines().get(ctx.item());
            MediaAsset a = ctx.speech(new SpeechRequest(ctx.settings().model(), l.text(), l.voice(), ctx.language(),
                    "voice:" + ctx.item()));
            ctx.update(b -> b.voice(ctx.item(), a));
        });
        m.put(Stage.FILM, FakeHandlers::film);
        return m;
    }

    private static void film(StageContext ctx) {
        FilmSession s = ctx.session();
        List<BoardMedia> boards = new ArrayList<>();
        for (Board bd : s.boards()) {
            boards.add(new BoardMedia(bd.index(), ctx.localFile(s.clips().get(bd.index())),
                    ctx.localFile(s.voices().get(bd.index())), bd.narration()));
        }
        Path out = ctx.workDir().resolve("film.mp4");
        MediaInfo info = ctx.composer().compose(new FilmSpec(boards, null, ctx.config().filmStyle(), null), out);
        String key = ctx.sessionId() + "/Film/film.mp4";
        StoredObject o = ctx.storage().put(key, out, "video/mp4");
        MediaAsset a = new MediaAsset(ctx.storage().link(key, Duration.ofDays(1)), "video/mp4", key, o.sizeBytes(),
                info.durationSeconds(), null, null);
        ctx.update(b -> b.film(new Film(a, a.uri().toString(), info.durationSeconds())));
    }

    private static String chat(StageContext ctx, String purpose, String input) {
        return ctx.chat(new TextRequest(ctx.settings().model(), List.of(ChatMessage.system("be brief"),
                ChatMessage.user(input)), null, null, null, purpose, Map.of())).text();
    }
}
