package io.github.jimagekit.error;

/**
 * Thrown when a source's header declares more pixels than the configured limit ({@code
 * imagekit.image.max-pixels}); it is refused before any pixel is decoded, which defuses
 * decompression bombs.
 */
public class ImageTooLargeException extends BadImageException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the subject and the bad value
     */
    public ImageTooLargeException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, naming the subject and the bad value
     * @param cause   the underlying failure, kept for logs
     */
    public ImageTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}
