/** The Topic stage: stores the user's theme and optional product photo. */
package dev.filmgen.stages.topic;
