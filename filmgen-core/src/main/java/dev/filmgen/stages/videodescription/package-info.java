/** The VideoDescription stage: describes each board's camera movement; prompts beside it. */
package dev.filmgen.stages.videodescription;
