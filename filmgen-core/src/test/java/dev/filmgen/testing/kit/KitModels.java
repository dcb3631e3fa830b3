package dev.filmgen.testing.kit;

import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VisionModel;
import dev.filmgen.testing.ContractTextModel;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;

/**
 * Quick stand-ins for the ports a handler calls through {@link KitStageContext}: text answers in the shape of every
 * built-in text stage ({@link ContractTextModel}), real small PNG pictures and WAV voices, placeholder clips, a
 * composer that writes a placeholder film and a probe that measures WAV truly.
 */
public final class KitModels {
    private static final int MAX_SIDE = 320;
    private static final byte[] CLIP_HEAD = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};

    private KitModels() {
    }

    /** All five ports. */
    public static ModelSet set() {
        return new ModelSet(new ContractTextModel(), image(), video(), speech(), vision());
    }

    /** Pictures of the requested aspect, at most 320 px a side, as {@code data:image/png}. */
    public static ImageModel image() {
        return (request, journal) -> {
            double scale = Math.min(1.0, MAX_SIDE / (double) Math.max(request.width(), request.height()));
            int w = Math.max(2, (int) Math.round(request.width() * scale));
            int h = Math.max(2, (int) Math.round(request.height() * scale));
            return KitMedia.pngAsset(w, h, new Color(Math.floorMod(request.prompt().hashCode(), 0xFFFFFF)));
        };
    }

    /** Placeholder clips (an MP4 signature and the request's words) of the requested length. */
    public static VideoModel video() {
        return (request, journal) -> {
            byte[] words = request.prompt().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[CLIP_HEAD.length + words.length];
            System.arraycopy(CLIP_HEAD, 0, bytes, 0, CLIP_HEAD.length);
            System.arraycopy(words, 0, bytes, CLIP_HEAD.length, words.length);
            return MediaAsset.of(URI.create("data:video/mp4;base64," + Base64.getEncoder().encodeToString(bytes)),
                    "video/mp4").withDuration(Math.max(1, request.durationSeconds()));
        };
    }

    /** Voices: a WAV tone of 60 ms per character (at least half a second). */
    public static SpeechModel speech() {
        return request -> {
            double seconds = Math.max(0.5, request.text().codePointCount(0, request.text().length()) * 0.06);
            byte[] wav = KitMedia.wav(seconds, 220, 0.3, 8000, 1);
            return MediaAsset.of(URI.create("data:audio/wav;base64," + Base64.getEncoder().encodeToString(wav)),
                    "audio/wav");
        };
    }

    /** A fixed description. */
    public static VisionModel vision() {
        return request -> "A slim matte-blue steel bottle with a bamboo lid on a white background.";
    }

    /** Writes a placeholder film naming its boards; reports two seconds per board plus the end card. */
    public static Composer composer() {
        return (spec, output) -> {
            StringBuilder text = new StringBuilder("kit film\n");
            spec.boards().forEach(b -> text.append(b.index()).append(' ').append(b.subtitle()).append('\n'));
            try {
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, text, StandardCharsets.UTF_8);
                double seconds = spec.boards().size() * 2.0 + (spec.endCard() == null ? 0 : spec.endCard().durationSeconds());
                return new MediaInfo(seconds, Files.size(output), "mov,mp4,m4a,3gp,3g2,mj2", List.of(
                        new MediaInfo.StreamInfo(0, "video", "h264", seconds, 1280, 720, 25, "yuv420p", 0, 0),
                        new MediaInfo.StreamInfo(1, "audio", "aac", seconds, 0, 0, 0, null, 44100, 1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Measures WAV files truly and placeholder clips as five-second videos; anything else is not media. */
    public static MediaProbe probe() {
        return file -> {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InvalidInputException("cannot probe " + file + ": " + e.getMessage(), e);
            }
            String type = KitMedia.sniff(bytes);
            if ("audio/wav".equals(type)) {
                KitMedia.Wav wav = KitMedia.wav(bytes);
                return new MediaInfo(wav.seconds(), bytes.length, "wav", List.of(new MediaInfo.StreamInfo(0, "audio",
                        "pcm_s16le", wav.seconds(), 0, 0, 0, null, wav.sampleRate(), wav.channels())));
            }
            if ("video/mp4".equals(type)) {
                return new MediaInfo(5.0, bytes.length, "mov,mp4,m4a,3gp,3g2,mj2", List.of(
                        new MediaInfo.StreamInfo(0, "video", "h264", 5.0, 1280, 720, 25, "yuv420p", 0, 0)));
            }
            throw new InvalidInputException("cannot probe " + file + ": it is not media the kit knows");
        };
    }
}
