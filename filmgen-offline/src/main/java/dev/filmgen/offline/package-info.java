/** filmgen-offline (in progress). */
package dev.filmgen.offline;
