package io.github.jimagekit.internal;

import io.github.jimagekit.ImageKitException;
import java.lang.reflect.InvocationTargetException;

/** Adds context to domain errors without losing their type. Not part of the API. */
public final class Errors {

    private Errors() {
    }

    /**
     * Returns an exception of the same type with a prefix before its message and the original
     * as its cause, so a caller can say which spec or source it was working on.
     *
     * @param prefix the context, such as {@code "spec \"blog:hero\": "}
     * @param e      the original exception
     * @return the new exception, or {@code e} when its type cannot be copied
     */
    public static ImageKitException prefixed(String prefix, ImageKitException e) {
        String message = prefix + e.getMessage();
        try {
            return e.getClass().getConstructor(String.class, Throwable.class)
                    .newInstance(message, e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException ignored) {
            return new ImageKitException(message, e);
        }
    }
}
