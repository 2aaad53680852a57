package io.github.jimagekit.internal;

import io.github.jimagekit.error.ImageKitException;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Consumer;

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

    /**
     * Runs an action on every element even when some fail, then throws the first failure with
     * the later ones suppressed: for telling every listener, or trying every registration.
     *
     * @param elements the elements
     * @param action   what to do with each
     * @param <T>      the element type
     * @throws RuntimeException the first failure, after every element was tried
     */
    public static <T> void forEach(Iterable<? extends T> elements, Consumer<? super T> action) {
        RuntimeException first = null;
        for (T e : elements) {
            try {
                action.accept(e);
            } catch (RuntimeException ex) {
                if (first == null) {
                    first = ex;
                } else {
                    first.addSuppressed(ex);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
