/** filmgen's one unchecked exception tree, split into retriable and non-retriable failures. */
package dev.filmgen.error;
