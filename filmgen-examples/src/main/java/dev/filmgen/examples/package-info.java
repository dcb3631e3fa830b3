/** filmgen-examples (in progress). */
package dev.filmgen.examples;
