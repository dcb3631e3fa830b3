/** The AgentScope runtime endpoints ({@code /process}, signed {@code /files}) on the host's Spring MVC. */
package dev.filmgen.spring.boot.autoconfigure.web;
