/** The Storyboard stage: breaks the script into boards; its parser and prompts are beside it. */
package dev.filmgen.stages.storyboard;
