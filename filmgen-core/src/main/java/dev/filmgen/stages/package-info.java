/**
 * The built-in handlers of the twelve stages ({@link dev.filmgen.stages.BuiltinHandlers#all()}). Each stage has its
 * own package below this one ({@code stages.storyboard}, {@code stages.firstframeimage}…) holding its handler, its
 * answer parser and, in the same resource folder, its prompts in Chinese and English.
 */
package dev.filmgen.stages;
