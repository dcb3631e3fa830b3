/**
 * The Film stage's composer on in-process FFmpeg (bytedeco natives from Maven; no ffmpeg program, no system
 * package): {@link dev.filmgen.compose.ffmpeg.FfmpegComposer}, the {@link dev.filmgen.compose.ffmpeg.FfmpegProbe}
 * media probe, and {@link dev.filmgen.compose.ffmpeg.ClipWriter} to encode rendered frames into an H.264 MP4.
 */
package dev.filmgen.compose.ffmpeg;
