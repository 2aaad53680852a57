package io.github.jimagekit.error;

/**
 * Thrown when a geometry string such as {@code "200x200"} cannot be parsed, or gives a zero,
 * negative or absurdly large side.
 */
public class InvalidGeometryException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public InvalidGeometryException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public InvalidGeometryException(String message, Throwable cause) {
        super(message, cause);
    }
}
