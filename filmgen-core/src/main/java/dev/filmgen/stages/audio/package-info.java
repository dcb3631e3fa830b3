/** The Audio stage: speaks each board's line. */
package dev.filmgen.stages.audio;
