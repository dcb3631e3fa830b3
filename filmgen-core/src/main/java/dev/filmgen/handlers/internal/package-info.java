/** Not API: answer parsing and repair, prompt templates, language detection and renderings for the built-in handlers. */
package dev.filmgen.handlers.internal;
