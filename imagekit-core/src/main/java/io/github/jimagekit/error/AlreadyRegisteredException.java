package io.github.jimagekit.error;

/**
 * Thrown when a generator id is registered twice with different factories.
 */
public class AlreadyRegisteredException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public AlreadyRegisteredException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public AlreadyRegisteredException(String message, Throwable cause) {
        super(message, cause);
    }
}
