/**
 * The handler SPI: a {@link dev.filmgen.handler.Handler} runs one stage against a {@link dev.filmgen.handler.StageContext}.
 */
package dev.filmgen.handler;
