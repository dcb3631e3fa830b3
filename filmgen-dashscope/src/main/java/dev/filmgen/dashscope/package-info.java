/**
 * Bailian (DashScope) model adapters: streamed Qwen chat, wan pictures and clips as async tasks with
 * journaled ids, qwen-tts voices, qvq picture descriptions; {@link dev.filmgen.dashscope.DashScopeModels}
 * builds them, {@link dev.filmgen.dashscope.ModelRouter} mixes them with other providers per stage.
 */
package dev.filmgen.dashscope;
