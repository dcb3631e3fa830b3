/** The model ports: text (streamed), image, video, speech, vision; and their request records. */
package dev.filmgen.model;
