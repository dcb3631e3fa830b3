/** The twelve stages, their dependency graph, and the {@link dev.filmgen.stage.Handler} SPI that runs one. */
package dev.filmgen.stage;
