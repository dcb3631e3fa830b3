/**
 * Remote media intake: {@link dev.filmgen.media.RemoteMediaPolicy} decides which http(s) locations filmgen fetches
 * (public addresses only by default, every redirect checked, size and type limits) and fetches them.
 */
package dev.filmgen.media;
