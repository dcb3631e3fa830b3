/**
 * The built-in handlers of the twelve stages ({@link dev.filmgen.handlers.BuiltinHandlers#all()}), with
 * their own prompts in Chinese and English and tolerant parsing of model answers.
 */
package dev.filmgen.handlers;
