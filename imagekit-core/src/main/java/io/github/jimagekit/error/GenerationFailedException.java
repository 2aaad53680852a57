package io.github.jimagekit.error;

/**
 * Thrown when generating a cache file failed; every caller in the failure window (see {@code
 * imagekit.cache.failure-timeout}) gets this error, then the next request retries.
 */
public class GenerationFailedException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public GenerationFailedException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public GenerationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
