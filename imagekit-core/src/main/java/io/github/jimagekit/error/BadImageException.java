package io.github.jimagekit.error;

/**
 * Thrown when a source cannot be decoded: zero-byte, truncated, corrupt, not an image, or in an
 * unsupported format.
 */
public class BadImageException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public BadImageException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public BadImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
