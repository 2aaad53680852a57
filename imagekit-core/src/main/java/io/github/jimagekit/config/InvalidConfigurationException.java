package io.github.jimagekit.config;

import io.github.jimagekit.error.ImageKitException;
import java.util.Optional;

/**
 * Thrown when a setting is unknown or has a bad value; thrown at start-up and naming the key.
 */
public class InvalidConfigurationException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public InvalidConfigurationException(String message) {
        this(message, null, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public InvalidConfigurationException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /**
     * Creates the exception about one setting, so that a reader that merged several sources
     * can say which one gave the bad key or value.
     *
     * @param message what went wrong, naming the key and the bad value
     * @param cause   the underlying failure, or {@code null}
     * @param key     the setting's name, such as {@code "imagekit.cache.backend"}
     */
    public InvalidConfigurationException(String message, Throwable cause, String key) {
        super(message, cause);
        this.key = key;
    }

    /**
     * Returns the setting the failure is about.
     *
     * @return its name, or empty when the failure is not about one setting (an unreadable file)
     */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Returns this failure with where the bad key or value was set, for readers that merge
     * several sources of settings.
     *
     * @param origin where it was set, such as {@code "environment variable IMAGEKIT_X"}, or
     *     {@code null} when unknown
     * @return a new exception whose message ends with {@code " (set in <origin>)"}, caused by
     *     this one, or this exception when the origin is {@code null}
     */
    public InvalidConfigurationException setIn(String origin) {
        if (origin == null) {
            return this;
        }
        return new InvalidConfigurationException(getMessage() + " (set in " + origin + ")", this,
                key);
    }
}
