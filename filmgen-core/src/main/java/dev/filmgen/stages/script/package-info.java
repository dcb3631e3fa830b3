/** The Script stage: writes the ad script (and, without a photo, paints a product picture); prompts beside it. */
package dev.filmgen.stages.script;
