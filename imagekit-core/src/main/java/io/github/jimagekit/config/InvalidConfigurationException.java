package io.github.jimagekit.config;

import io.github.jimagekit.error.ImageKitException;

/**
 * Thrown when a setting is unknown or has a bad value; thrown at start-up and naming the key.
 */
public class InvalidConfigurationException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public InvalidConfigurationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public InvalidConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
