/** The Video stage: animates each board's first frame into a clip. */
package dev.filmgen.stages.video;
