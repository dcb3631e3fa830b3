/** The Film stage: composes clips, voices and subtitles into the finished film. */
package dev.filmgen.stages.film;
