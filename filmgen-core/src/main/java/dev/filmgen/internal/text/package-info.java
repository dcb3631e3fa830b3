/** Not API: language detection and text measures shared by the runner and the stages. */
package dev.filmgen.internal.text;
