/** The RoleDescription stage: describes each character; its parser and prompts are beside it. */
package dev.filmgen.stages.roledescription;
