package io.github.jimagekit.error;

/**
 * Thrown when a generator id, cache-file registration or source group is asked for but was never
 * registered.
 *
 * <p>The message lists what is registered.
 */
public class NotRegisteredException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public NotRegisteredException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public NotRegisteredException(String message, Throwable cause) {
        super(message, cause);
    }
}
