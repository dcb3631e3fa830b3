package dev.filmgen.error;

/** Input from the caller or a config file was wrong; the message names what and why. */
public class InvalidInputException extends NonRetriableException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message, null);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
