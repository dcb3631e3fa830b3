/**
 * Not API: the film plan, the filter-graph writer, subtitle layout, the graph-to-encoder renderer and thin
 * wrappers over libavfilter / libavcodec / libavformat. May change in any release.
 */
package dev.filmgen.compose.ffmpeg.internal;
