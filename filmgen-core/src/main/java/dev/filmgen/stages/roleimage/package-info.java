/** The RoleImage stage: paints one portrait per role; its prompts are beside it. */
package dev.filmgen.stages.roleimage;
