package io.github.jimagekit.error;

/**
 * The root of every domain failure in jimagekit: an image that cannot be decoded, a generator
 * that is not registered, a source that is missing, an unsafe name, a bad setting.
 *
 * <p>Messages start lower-case, name the subject and quote the bad value, for example
 * {@code generator "blog:hero" is not registered (registered: imagekit:thumbnail)}. They never
 * contain a filesystem path, so that a template may show them.
 */
public class ImageKitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public ImageKitException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs; never shown in a page
     */
    public ImageKitException(String message, Throwable cause) {
        super(message, cause);
    }
}
