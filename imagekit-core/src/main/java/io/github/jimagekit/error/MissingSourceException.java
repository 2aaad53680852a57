package io.github.jimagekit.error;

/**
 * Thrown when a spec needs its source and the source is absent: no source was given, or the storage
 * has no file under its name.
 */
public class MissingSourceException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public MissingSourceException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public MissingSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
