/**
 * filmgen-offline: model ports that need no network and no key. {@link dev.filmgen.offline.OfflineModels} wires
 * a template copywriter, a Java2D painter, a pan-and-zoom animator, an espeak-ng / FreeTTS voice and a measuring
 * viewer into one {@link dev.filmgen.model.ModelSet}. Honest about what it is: a template ad maker.
 */
package dev.filmgen.offline;
