/** Implementation of the AgentScope tools; not an API, may change in any release. */
package dev.filmgen.agentscope.internal;
