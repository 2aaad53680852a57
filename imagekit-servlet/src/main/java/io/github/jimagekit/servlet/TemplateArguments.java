package io.github.jimagekit.servlet;

import io.github.jimagekit.spec.GeneratorArguments;

/**
 * The rule every template front-end applies to the generator arguments a page passes besides
 * the source (JSP {@code params} and {@code <ik:param>}, Thymeleaf {@code ik:args} and
 * {@code ik:arg-NAME}): the source is given by the tag's own source attribute, never among
 * them, so that no argument silently replaces it. One rule, one message, in both engines.
 */
public final class TemplateArguments {

    /** What a front-end reports when a page passes {@code source} as an argument. */
    public static final String SOURCE_REFUSED = "\"" + GeneratorArguments.SOURCE + "\" cannot be"
            + " a generator argument: give the source image with the tag's source attribute"
            + " (ik:src in Thymeleaf)";

    private TemplateArguments() {
    }

    /**
     * Tells whether an argument name is the source's.
     *
     * @param name an argument name a page passed
     * @return whether it is {@code source}, which front-ends refuse with {@link #SOURCE_REFUSED}
     */
    public static boolean isSource(String name) {
        return GeneratorArguments.SOURCE.equals(name);
    }
}
