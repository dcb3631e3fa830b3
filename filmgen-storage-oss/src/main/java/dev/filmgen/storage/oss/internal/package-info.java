/** Helpers of the OSS store; not API, may change without notice. */
package dev.filmgen.storage.oss.internal;
