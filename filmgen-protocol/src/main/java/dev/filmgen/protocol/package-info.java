/**
 * The AgentScope runtime streaming protocol (the wire format of the reference demo's {@code /process}) for any HTTP
 * stack: {@link dev.filmgen.protocol.AgentScopeProcessor} reads a request and runs its turn,
 * {@link dev.filmgen.protocol.AgentScopeEncoder} turns {@code FilmEvent}s into response, message and content
 * objects, {@link dev.filmgen.protocol.WireSink} writes them as server-sent events, and
 * {@link dev.filmgen.protocol.SignedFiles} decides signed artifact downloads. The JDK server in
 * {@code filmgen-examples} and the Spring Boot starter are thin HTTP layers over this package.
 */
package dev.filmgen.protocol;
