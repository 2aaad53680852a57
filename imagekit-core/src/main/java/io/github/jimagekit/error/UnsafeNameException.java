package io.github.jimagekit.error;

/**
 * Thrown when a storage or source name could escape its root or confuse a filesystem: {@code ..}
 * segments, absolute paths, backslashes, NUL or control characters.
 */
public class UnsafeNameException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public UnsafeNameException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public UnsafeNameException(String message, Throwable cause) {
        super(message, cause);
    }
}
