/** The Line stage: gives each board's narration a speaker and a voice; parser, casting and prompts beside it. */
package dev.filmgen.stages.line;
