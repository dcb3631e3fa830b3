/**
 * filmgen as tools for AgentScope-Java ({@code io.agentscope:agentscope-core}) agents:
 * {@link dev.filmgen.agentscope.FilmTools} gives {@code make_ad_film} and {@code edit_ad_film}.
 */
package dev.filmgen.agentscope;
