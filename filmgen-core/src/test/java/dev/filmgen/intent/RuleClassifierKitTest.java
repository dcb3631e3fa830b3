package dev.filmgen.intent;

import dev.filmgen.testing.kit.ClassifierKit;

/** The rule classifier keeps the classifier contract. */
class RuleClassifierKitTest extends ClassifierKit {
    @Override
    protected Classifier classifier() {
        return new RuleClassifier();
    }
}
