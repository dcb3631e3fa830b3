/** Micrometer meters of filmgen: model calls, paid units, stages, items, films. */
package dev.filmgen.spring.boot.autoconfigure.metrics;
