/** The twelve stages and their dependency graph ({@link dev.filmgen.stage.Stage}): a leaf every layer may use. */
package dev.filmgen.stage;
