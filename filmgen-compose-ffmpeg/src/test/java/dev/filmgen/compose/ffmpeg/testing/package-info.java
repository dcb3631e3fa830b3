/** Test helpers shared through this module's test-jar: synthetic clips, tones and corrupt files, and decoders. */
package dev.filmgen.compose.ffmpeg.testing;
