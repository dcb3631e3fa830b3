/** filmgen-dashscope (in progress). */
package dev.filmgen.dashscope;
