/** Implementation of {@code dev.filmgen.protocol}; not an API, may change in any release. */
package dev.filmgen.protocol.internal;
