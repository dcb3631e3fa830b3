/** Implementation details of the JDBC store: SQL helpers, JSON mapping, error mapping. Not API. */
package dev.filmgen.store.jdbc.internal;
