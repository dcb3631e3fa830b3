/** Internals of the DashScope adapters: error mapping, task polling, size limits, inline media. Not API. */
package dev.filmgen.dashscope.internal;
