package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import dev.filmgen.testing.PublicLinkStorage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures reach Bailian, always: with local storage (the service's own {@code /files} links) they go inline, with a
 * storage of public links as presigned links, and a model that takes links only is refused before anything is paid.
 * The stand-in refuses any link to this machine, as the real service cannot fetch it.
 */
class ReachableMediaPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    @TempDir
    Path work;

    private static FakeBailianMedia media;

    @BeforeAll
    static void makeMedia() {
        media = FakeBailianMedia.make(shared);
    }

    /** Local storage serving signed links on this machine, as the example service does. */
    private LocalStorage serviceStorage() {
        return LocalStorage.builder().root(work.resolve("store")).publicBaseUrl("http://127.0.0.1:8080/files")
                .secret("0123456789abcdef0123456789abcdef").build();
    }

    private static List<String> pictures(FakeBailianFilm film, String path) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (LoggedRequest r : film.serverRequests(path)) {
            out.addAll(FakeBailianRules.pictures(JSON.readTree(r.getBodyAsString())));
        }
        return out;
    }

    private TurnResult film(FakeBailianFilm film, Storage storage) throws Exception {
        Path photo = work.resolve("product.png");
        Files.write(photo, media.png());
        try (FilmAgent agent = film.agent(work, storage, FakeBailianFilm.config(2, null, null))) {
            return agent.generate("media", new Topic("a red kettle for busy mornings",
                    MediaAsset.of(photo.toUri(), "image/png")), null);
        }
    }

    @Test
    void withLocalStorageEveryPictureGoesInlineWithinTheLimitAndNoneIsRefused() throws Exception {
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder().build(), media)) {
            TurnResult r = film(film, serviceStorage());

            assertTrue(r.ok(), r.reply());
            assertEquals(List.of(), film.fake().rejectedUrls());
            List<String> frames = pictures(film, FakeBailian.I2V);
            assertEquals(2, frames.size(), "one first frame per clip");
            List<String> all = new java.util.ArrayList<>(frames);
            all.addAll(pictures(film, FakeBailian.MULTIMODAL));
            all.addAll(pictures(film, FakeBailian.IMAGE_GENERATION));
            assertTrue(all.size() > frames.size(), "the product photo and portraits went to vision and references too");
            for (String p : all) {
                assertTrue(p.startsWith("data:image/") && p.length() <= DashScopeCatalog.INLINE_10_MB,
                        p.substring(0, Math.min(60, p.length())));
            }
        }
    }

    @Test
    void withPublicLinksTheModelGetsPresignedLinks() throws Exception {
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder().build(), media)) {
            TurnResult r = film(film, new PublicLinkStorage());

            assertTrue(r.ok(), r.reply());
            List<String> frames = pictures(film, FakeBailian.I2V);
            assertEquals(2, frames.size());
            for (String p : frames) {
                assertTrue(p.startsWith("https://films.oss-cn-beijing.aliyuncs.com/media/FirstFrameImage/"), p);
            }
            assertEquals(List.of(), film.fake().rejectedUrls());
        }
    }

    @Test
    void aModelTakingOnlyLinksWithLocalStorageFailsTheTurnBeforeAnyPaidCall() throws Exception {
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder().build(), media);
             FilmAgent agent = film.agent(work, serviceStorage(), FakeBailianFilm.config(2, Stage.VIDEO, "wan2.6-r2v"))) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> agent.generate("r2v", Topic.of("a red kettle"), null));

            assertTrue(e.getMessage().contains("config key video.model: wan2.6-r2v fetches pictures only from public"
                    + " links") && e.getMessage().contains("OSS_ACCESS_KEY_ID"), e.getMessage());
            assertEquals(List.of(), film.fake().requests(), "nothing reached Bailian");
        }
    }

    @Test
    void theStandInRefusesALinkToThisMachineAsBailianDoes() throws Exception {
        try (FakeBailianFilm film = new FakeBailianFilm(FakeBailianService.builder().build(), media)) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(film.apiBase() + "/services/aigc/video-generation/video-synthesis"))
                    .header("X-DashScope-Async", "enable").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"wan2.2-i2v-plus\",\"input\":{\"prompt\":"
                            + "\"p\",\"img_url\":\"http://localhost:8080/files/f.png\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, answer.statusCode());
            assertTrue(answer.body().contains("InvalidParameter.DataInspection"), answer.body());
            assertEquals(List.of("http://localhost:8080/files/f.png"), film.fake().rejectedUrls());
        }
    }
}
