/** filmgen-compose-ffmpeg (in progress). */
package dev.filmgen.compose.ffmpeg;
