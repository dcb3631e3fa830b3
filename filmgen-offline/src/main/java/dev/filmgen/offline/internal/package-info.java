/** Internals of the offline models: phrase book, plan, renderers, encoders and engines. Not API. */
package dev.filmgen.offline.internal;
