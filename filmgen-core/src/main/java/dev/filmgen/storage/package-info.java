/**
 * The {@link dev.filmgen.storage.Storage} SPI, its key rules ({@link dev.filmgen.storage.StorageKeys}), the
 * local-disk store ({@link dev.filmgen.storage.LocalStorage}) and signed links ({@link dev.filmgen.storage.LinkSigner}).
 */
package dev.filmgen.storage;
