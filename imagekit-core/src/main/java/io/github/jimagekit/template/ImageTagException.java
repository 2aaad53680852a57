package io.github.jimagekit.template;

import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.source.Source;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

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

    /**
     * Returns this failure as the exception a page throws may carry it as its cause: the same
     * type, message and stack trace, with this one's cause attached as a suppressed exception
     * instead of as the cause. Error pages list an exception's causes (Jetty's names each one,
     * even without stack traces), and those below this one may name server paths; logs print
     * suppressed exceptions too, so operators still see the whole chain.
     *
     * @return a new exception without a cause, or this one when it has none
     */
    public ImageTagException forErrorPage() {
        Throwable cause = getCause();
        if (cause == null) {
            return this;
        }
        ImageTagException page = new ImageTagException(getMessage(), null);
        page.setStackTrace(getStackTrace());
        page.addSuppressed(cause);
        return page;
    }

    /**
     * Makes the failure of a request: {@code cannot render image of spec "…" for source "…": }
     * and why. The reason is the failure's own message when it is one of jimagekit's (which are
     * written to be shown) or an {@link IllegalArgumentException}; otherwise only its type.
     *
     * @param tag the request
     * @param e   what went wrong
     * @return the failure, or {@code e} itself when it already is one
     */
    static ImageTagException of(ImageTag tag, RuntimeException e) {
        if (e instanceof ImageTagException t) {
            return t;
        }
        String spec = tag.spec() != null ? tag.spec()
                : tag.geometry() != null ? Registry.THUMBNAIL : "(none)";
        String why = e instanceof ImageKitException || e instanceof IllegalArgumentException
                ? e.getMessage() : "internal error (" + e.getClass().getSimpleName() + ")";
        return new ImageTagException("cannot render image of spec \"" + spec + "\" for source "
                + describe(tag.source()) + ": " + why, e);
    }

    /** Names a source for messages without revealing filesystem paths. */
    static String describe(Object source) {
        if (source == null) {
            return "(none)";
        }
        if (source instanceof Source s) {
            return "\"" + s.name() + "\"";
        }
        if (source instanceof Path p) {
            return "\"" + Optional.ofNullable(p.getFileName()).map(Path::toString).orElse("")
                    + "\"";
        }
        if (source instanceof File f) {
            return "\"" + f.getName() + "\"";
        }
        if (source instanceof CharSequence s) {
            String text = s.toString();
            return "\"" + (text.length() > 200 ? text.substring(0, 200) + "…" : text) + "\"";
        }
        return "of type " + source.getClass().getSimpleName();
    }
}
