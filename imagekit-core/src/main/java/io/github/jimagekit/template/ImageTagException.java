package io.github.jimagekit.template;

import io.github.jimagekit.error.ImageKitException;

/**
 * Thrown when a template's image cannot be rendered: the message names the spec id and the
 * source, and says why (an unknown spec lists the registered ones). It never contains a stack
 * trace or a filesystem path, so a page may show it.
 */
public class ImageTagException extends ImageKitException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming spec and source
     * @param cause   the underlying failure, for logs
     */
    public ImageTagException(String message, Throwable cause) {
        super(message, cause);
    }
}
