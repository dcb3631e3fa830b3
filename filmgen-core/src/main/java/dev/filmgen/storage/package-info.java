/** The {@link dev.filmgen.storage.Storage} SPI and the local-disk store. */
package dev.filmgen.storage;
