/** Thread plumbing shared by filmgen's modules: {@link dev.filmgen.concurrent.DaemonThreadFactory}. */
package dev.filmgen.concurrent;
