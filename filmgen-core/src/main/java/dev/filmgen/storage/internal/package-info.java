/** Helpers of the storage implementations; not API, may change without notice. */
package dev.filmgen.storage.internal;
