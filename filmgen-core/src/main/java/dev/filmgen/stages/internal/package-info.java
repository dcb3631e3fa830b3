/**
 * Not API: the text-stage machinery the built-in stages share: JSON contract, answer parsing and repair, prompt
 * templates, renderings.
 */
package dev.filmgen.stages.internal;
