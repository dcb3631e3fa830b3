/** filmgen-storage-oss (in progress). */
package dev.filmgen.storage.oss;
