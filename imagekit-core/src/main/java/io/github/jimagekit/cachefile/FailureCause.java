package io.github.jimagekit.cachefile;

import io.github.jimagekit.error.BadImageException;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.ImageTooLargeException;
import io.github.jimagekit.error.MissingSourceException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Why a generation failed, in a few words an operator can count by: the {@code cause} of a
 * failure metric. The set is small and fixed, so that a metric's number of series stays
 * bounded whatever the exceptions say.
 */
public enum FailureCause {

    /** The source does not exist ({@link MissingSourceException}). */
    MISSING_SOURCE("missing-source"),
    /** The source has more pixels than allowed ({@link ImageTooLargeException}). */
    IMAGE_TOO_LARGE("image-too-large"),
    /**
     * The source cannot be decoded: not an image, an unsupported format, empty, truncated or
     * corrupt ({@link BadImageException}).
     */
    BAD_IMAGE("bad-image"),
    /** A processor or the encoder failed ({@link GenerationFailedException}). */
    PROCESSING("processing"),
    /**
     * A storage failed: the source could not be read, or the cache file could not be saved (an
     * {@link IOException} or {@link UncheckedIOException} is the failure or its cause).
     */
    STORAGE("storage"),
    /** Anything else, such as an exception of an application's own generator. */
    OTHER("other");

    private static final int MAX_DEPTH = 16;

    private final String tagValue;

    FailureCause(String tagValue) {
        this.tagValue = tagValue;
    }

    /**
     * Returns the name a metric tags the failure with.
     *
     * @return the lower-case name, such as {@code "bad-image"}
     */
    public String tagValue() {
        return tagValue;
    }

    /**
     * Classifies a failure: by its type first (the kit's exceptions say what went wrong even
     * when an I/O error lies beneath, as a decoder's does), then by an I/O error in its causes.
     *
     * @param failure what a generation threw
     * @return its cause
     */
    public static FailureCause of(Throwable failure) {
        if (failure instanceof MissingSourceException) {
            return MISSING_SOURCE;
        }
        if (failure instanceof ImageTooLargeException) {
            return IMAGE_TOO_LARGE;
        }
        if (failure instanceof BadImageException) {
            return BAD_IMAGE;
        }
        if (failure instanceof GenerationFailedException) {
            return PROCESSING;
        }
        Throwable t = failure;
        // a cause chain may loop: look a bounded depth down
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return STORAGE;
            }
        }
        return OTHER;
    }
}
