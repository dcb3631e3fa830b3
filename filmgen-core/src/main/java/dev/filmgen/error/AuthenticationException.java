package dev.filmgen.error;

/** The provider refused the credentials (HTTP 401/403). The message never contains the secret. */
public class AuthenticationException extends NonRetriableException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
