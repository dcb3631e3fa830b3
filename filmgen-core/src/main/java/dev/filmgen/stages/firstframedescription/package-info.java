/** The FirstFrameDescription stage: describes the first frame of each board; prompts beside it. */
package dev.filmgen.stages.firstframedescription;
