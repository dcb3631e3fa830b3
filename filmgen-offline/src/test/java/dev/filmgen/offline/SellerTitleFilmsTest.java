package dev.filmgen.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.Composer;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.compose.ffmpeg.FilmFonts;
import dev.filmgen.compose.ffmpeg.testing.GlyphSheet;
import dev.filmgen.compose.ffmpeg.testing.MediaInspector;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.Topic;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.RuleClassifier;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.session.InMemorySessionStore;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.testing.SellerTitles;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * An offline film (one board, 320×180) for each product title of {@link SellerTitles}, as a new user would make it:
 * the theme is kept as written, the film is narrated in the language the table names (with a notice for Japanese
 * and Korean themes), the subtitles hold every letter and digit of the narration — only emoji are left out, and named
 * in the one notice — the subtitle is on screen, and every character drawn is a real glyph of the font it is drawn
 * with (compared, by FFmpeg's drawtext, with that font's .notdef box and with an empty cell).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerTitleFilmsTest {
    static final List<SellerTitles.Title> TITLES = SellerTitles.ALL;
    private static final String MAGENTA = "#FF00FF";
    @TempDir
    static Path dir;
    private final List<FilmSpec> specs = new CopyOnWriteArrayList<>();
    private final List<SpeechRequest> spoken = new CopyOnWriteArrayList<>();
    private FilmAgent agent;

    @BeforeAll
    void start() {
        ModelSet offline = OfflineModels.builder().seed(5).workDir(dir.resolve("media"))
                .voiceEngine(VoiceEngine.SILENT).build();
        SpeechModel recording = request -> {
            spoken.add(request);
            return offline.speech().speak(request);
        };
        FfmpegComposer ffmpeg = FfmpegComposer.builder().workRoot(dir.resolve("work")).build();
        Composer composer = new Composer() {
            @Override
            public MediaInfo compose(FilmSpec spec, Path output) {
                specs.add(spec);
                return ffmpeg.compose(spec, output);
            }

            @Override
            public String undrawable(String text, FilmStyle style) {
                return ffmpeg.undrawable(text, style);
            }
        };
        agent = FilmAgent.builder()
                .models(new ModelSet(offline.text(), offline.image(), offline.video(), recording, offline.vision()))
                .config(smallFilms()).composer(composer).probe(new FfmpegProbe())
                .storage(LocalStorage.builder().root(dir.resolve("artifacts")).build())
                .sessionStore(new InMemorySessionStore()).classifier(new RuleClassifier())
                .workDir(dir.resolve("turns")).build();
    }

    /** One board, no characters, one-second 480P clips, a 320×180 film with magenta subtitles on a black box. */
    private static FilmConfig smallFilms() {
        FilmConfig d = OfflineModels.config(FilmConfig.defaults());
        Map<Stage, StageConfig> stages = new EnumMap<>(d.stages());
        StageConfig video = d.stage(Stage.VIDEO);
        stages.put(Stage.VIDEO, new StageConfig(video.model(), video.t2iModel(), video.vlModel(), video.limits(),
                Map.of("resolution", "480P")));
        StageConfig film = d.stage(Stage.FILM);
        stages.put(Stage.FILM, new StageConfig(film.model(), film.t2iModel(), film.vlModel(), film.limits(),
                Map.of("end_card", "false")));
        FilmStyle style = new FilmStyle(null, 150, MAGENTA, "black@1.0", false, FilmStyle.Position.BOTTOM, 0, 0, 0,
                320, 180, FilmStyle.Fit.LETTERBOX, 12, 60, 0.2);
        return new FilmConfig(stages, d.intentModel(), 1, 0, "16:9", 1, 5L, style);
    }

    @AfterAll
    void stop() {
        agent.close();
    }

    @ParameterizedTest
    @FieldSource("TITLES")
    void eachSellerTitleMakesAFilmWhoseSubtitlesShowEveryLetterOfItsNarration(SellerTitles.Title t) {
        List<FilmEvent.Notice> notices = new ArrayList<>();
        specs.clear();
        spoken.clear();
        String sid = "title-" + TITLES.indexOf(t);
        TurnResult film = agent.generate(sid, Topic.of(t.title()), e -> {
            if (e instanceof FilmEvent.Notice n) {
                notices.add(n);
            }
        });
        assertTrue(film.ok(), t + ": " + film.failures());
        assertEquals(t.title(), film.session().topic().text(), "the theme is kept as written");
        assertEquals(t.language(), spoken.get(0).language(), "narrated in " + t.language());

        List<FilmEvent.Notice> topicNotices = notices.stream().filter(n -> n.stage() == Stage.TOPIC).toList();
        assertEquals(t.foreign() == null ? 0 : 1, topicNotices.size(), topicNotices.toString());
        topicNotices.forEach(n -> assertTrue(n.message().contains("written in " + t.foreign()), n.message()));

        Line line = film.session().lines().get(0);
        String subtitle = specs.get(0).boards().get(0).subtitle();
        line.text().codePoints().filter(Character::isLetterOrDigit).forEach(cp -> assertTrue(
                subtitle.indexOf(cp) >= 0, t + ": the subtitle dropped " + new String(Character.toChars(cp))
                        + "\n line:     " + line.text() + "\n subtitle: " + subtitle));
        FilmFonts.Choice font = FilmFonts.defaults().choose(subtitle);
        assertEquals("", font.missing(), "every character has a font");
        Set<Integer> drawn = new LinkedHashSet<>();
        subtitle.codePoints().forEach(drawn::add);
        assertEquals("", GlyphSheet.notDrawn(font.file(), drawn, dir),
                t + ": these are drawn as the font's .notdef box or as nothing");

        List<FilmEvent.Notice> filmNotices = notices.stream().filter(n -> n.stage() == Stage.FILM).toList();
        assertTrue(filmNotices.size() <= 1, "one notice at most: " + filmNotices);
        for (String emoji : t.emoji()) {
            assertFalse(subtitle.contains(emoji) || spoken.get(0).text().contains(emoji), emoji);
            if (line.text().contains(emoji)) {
                assertEquals(1, filmNotices.size(), line.text());
                assertTrue(filmNotices.get(0).message().contains(emoji), filmNotices.get(0).message());
            }
        }

        BoardMedia board = specs.get(0).boards().get(0);
        BufferedImage frame = MediaInspector.framesAt(Path.of(film.session().film().video().uri()), 0.3).get(0);
        assertTrue(magenta(frame) > 60, t + ": the subtitle is on screen (" + magenta(frame) + " magenta pixels): "
                + board.subtitle());
    }

    @Test
    void anEditedNarrationWithEmojiIsSpokenAndShownWithoutThemAndOneNoticeSaysSo() {
        assertTrue(agent.generate("edit", Topic.of("百炼椰汁"), e -> { }).ok());
        specs.clear();
        spoken.clear();
        List<FilmEvent.Notice> notices = new ArrayList<>();
        TurnResult edit = agent.chat("edit", UserMessage.of("把分镜1的旁白改成：🔥限时抢购🔥 买一送一™"), e -> {
            if (e instanceof FilmEvent.Notice n) {
                notices.add(n);
            }
        });
        assertTrue(edit.ok(), edit.failures().toString());
        assertEquals("🔥限时抢购🔥 买一送一™", edit.session().lines().get(0).text(), "the session keeps the words");
        assertEquals("限时抢购 买一送一", spoken.get(0).text());
        assertEquals("限时抢购 买一送一™", specs.get(0).boards().get(0).subtitle());
        List<FilmEvent.Notice> naming = notices.stream().filter(n -> n.message().contains("🔥")).toList();
        assertEquals(1, naming.size(), "one notice (the silent test voice adds its own): " + notices);
        assertEquals(Stage.FILM, naming.get(0).stage());
        assertTrue(naming.get(0).message().contains("the voice and subtitles leave out 🔥"), naming.get(0).message());
        assertTrue(naming.get(0).message().contains("the voice leaves out ™"), naming.get(0).message());
    }

    private static int magenta(BufferedImage img) {
        int n = 0;
        for (int y = img.getHeight() / 2; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 150 && b > 150 && g < 110) {
                    n++;
                }
            }
        }
        return n;
    }
}
