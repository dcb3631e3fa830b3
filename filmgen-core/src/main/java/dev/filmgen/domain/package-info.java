/** Immutable records of what a film is made of: topic, script, boards, roles, lines, media. */
package dev.filmgen.domain;
