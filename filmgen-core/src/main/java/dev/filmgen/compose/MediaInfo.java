package dev.filmgen.compose;

import java.util.List;
import java.util.Optional;

/**
 * What a probe measured of a media file.
 *
 * @param durationSeconds container duration
 * @param sizeBytes file size
 * @param formatName container format ({@code mov,mp4,m4a,3gp,3g2,mj2}, {@code wav}…)
 * @param streams the streams, in file order
 */
public record MediaInfo(double durationSeconds, long sizeBytes, String formatName, List<StreamInfo> streams) {
    public MediaInfo {
        streams = List.copyOf(streams);
    }

    /**
     * One stream of a media file.
     *
     * @param index stream index
     * @param kind {@code video}, {@code audio}, or another FFmpeg media type name
     * @param codec codec name ({@code h264}, {@code aac}, {@code pcm_s16le}…)
     * @param durationSeconds the stream's own duration, or the container's when unknown
     * @param width pixel width (video) or 0
     * @param height pixel height (video) or 0
     * @param frameRate frames per second (video) or 0
     * @param pixelFormat pixel format name (video) or null
     * @param sampleRate samples per second (audio) or 0
     * @param channels channel count (audio) or 0
     */
    public record StreamInfo(int index, String kind, String codec, double durationSeconds, int width, int height,
                             double frameRate, String pixelFormat, int sampleRate, int channels) {
    }

    public Optional<StreamInfo> video() {
        return streams.stream().filter(s -> "video".equals(s.kind())).findFirst();
    }

    public Optional<StreamInfo> audio() {
        return streams.stream().filter(s -> "audio".equals(s.kind())).findFirst();
    }
}
