package dev.filmgen.examples.cli;

/** The command line's theme check, for tests of other packages that compare it with the service. */
public final class CliTopics {
    private CliTopics() {
    }

    /** The theme as the command line takes it, or its one-line refusal. */
    public static String accept(String topic) throws CliOptions.UsageException {
        return CliOptions.topic(topic);
    }
}
