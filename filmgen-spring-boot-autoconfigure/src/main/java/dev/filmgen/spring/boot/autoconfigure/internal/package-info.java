/** Implementation of the auto-configuration; not an API, may change in any release. */
package dev.filmgen.spring.boot.autoconfigure.internal;
