package io.github.jimagekit.status;

import java.util.Objects;

/**
 * The outcome of one health check.
 *
 * @param ok     whether the part works
 * @param detail what was found: {@code "writable"}, {@code "open"}, or what went wrong
 */
public record Check(boolean ok, String detail) {

    /**
     * Checks the values.
     *
     * @param ok     whether the part works
     * @param detail not null
     */
    public Check {
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * A part that works.
     *
     * @param detail what was found, such as {@code "writable"}
     * @return the check
     */
    public static Check passed(String detail) {
        return new Check(true, detail);
    }

    /**
     * A part that does not work.
     *
     * @param problem what went wrong, naming the file or the cache
     * @return the check
     */
    public static Check failed(String problem) {
        return new Check(false, problem);
    }
}
