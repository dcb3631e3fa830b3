/** The FirstFrameImage stage: paints each board's first frame; its prompts are beside it. */
package dev.filmgen.stages.firstframeimage;
