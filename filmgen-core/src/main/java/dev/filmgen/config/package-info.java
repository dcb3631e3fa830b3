/** Configuration: the demo's {@code config.json} keys plus filmgen's own, with defaults and validation. */
package dev.filmgen.config;
