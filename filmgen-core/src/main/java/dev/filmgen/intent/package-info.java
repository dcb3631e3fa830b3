/** Intent recognition: the {@link dev.filmgen.intent.Classifier} SPI, the intents, the rule-based and LLM classifiers. */
package dev.filmgen.intent;
