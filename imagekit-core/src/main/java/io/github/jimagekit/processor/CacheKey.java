package io.github.jimagekit.processor;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Builds the canonical description of a processor (or any other value that goes into a cache
 * file's hash): {@code Name(param=value,...)}, parameters in the order added.
 *
 * <p>Every value has one spelling that does not depend on the JVM, the locale or the platform:
 * integers in decimal, decimals rounded to 6 places with trailing zeros removed
 * ({@code 0.5}, {@code 1}, never {@code 1.0E-4}), booleans as {@code true}/{@code false},
 * colours as {@code #rrggbbaa}, strings quoted with {@code "} and {@code \} escaped, absent
 * values as {@code null}. Never {@code hashCode()}, {@code toString()} of a record or Java
 * serialization.
 */
public final class CacheKey {

    private final StringBuilder b;
    private boolean first = true;

    private CacheKey(String name) {
        this.b = new StringBuilder(64).append(Objects.requireNonNull(name, "name")).append('(');
    }

    /**
     * Starts a description.
     *
     * @param name the name of the described thing, such as {@code "ResizeToFill"}
     * @return a new builder
     */
    public static CacheKey of(String name) {
        return new CacheKey(name);
    }

    /**
     * Adds an integer parameter.
     *
     * @param name  the parameter name
     * @param value the value
     * @return this builder
     */
    public CacheKey add(String name, long value) {
        return raw(name, Long.toString(value));
    }

    /**
     * Adds an optional integer parameter.
     *
     * @param name  the parameter name
     * @param value the value, or {@code null}
     * @return this builder
     */
    public CacheKey add(String name, Integer value) {
        return raw(name, value == null ? "null" : value.toString());
    }

    /**
     * Adds a decimal parameter, rounded half-up to 6 decimal places.
     *
     * @param name  the parameter name
     * @param value the value; must be finite
     * @return this builder
     */
    public CacheKey add(String name, double value) {
        return raw(name, number(value));
    }

    /**
     * Adds a boolean parameter.
     *
     * @param name  the parameter name
     * @param value the value
     * @return this builder
     */
    public CacheKey add(String name, boolean value) {
        return raw(name, Boolean.toString(value));
    }

    /**
     * Adds a string parameter, quoted.
     *
     * @param name  the parameter name
     * @param value the value, or {@code null}
     * @return this builder
     */
    public CacheKey add(String name, String value) {
        return raw(name, value == null ? "null" : quote(value));
    }

    /**
     * Adds a colour parameter as {@code #rrggbbaa}.
     *
     * @param name  the parameter name
     * @param value the colour, or {@code null}
     * @return this builder
     */
    public CacheKey add(String name, Color value) {
        return raw(name, value == null ? "null" : String.format(java.util.Locale.ROOT,
                "#%02x%02x%02x%02x", value.getRed(), value.getGreen(), value.getBlue(),
                value.getAlpha()));
    }

    /**
     * Adds a parameter whose value already has a canonical spelling, such as a nested
     * processor's {@link Processor#cacheKey()} or an enum constant's name.
     *
     * @param name  the parameter name
     * @param value the canonical spelling, or {@code null}
     * @return this builder
     */
    public CacheKey addRaw(String name, String value) {
        return raw(name, value == null ? "null" : value);
    }

    /**
     * Returns the canonical spelling of a decimal: rounded half-up to 6 places, trailing
     * zeros removed, never in exponent notation.
     *
     * @param value a finite number
     * @return for example {@code "0.5"}, {@code "1"} or {@code "-0.333333"}
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
        // new BigDecimal(double) is the exact binary value: no dependence on Double.toString,
        // whose output changed in JDK 19
        BigDecimal d = new BigDecimal(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = d.signum() == 0 ? "0" : d.toPlainString();
        return s;
    }

    private CacheKey raw(String name, String value) {
        Objects.requireNonNull(name, "name");
        if (!first) {
            b.append(',');
        }
        first = false;
        b.append(name).append('=').append(value);
        return this;
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                q.append('\\');
            }
            q.append(c);
        }
        return q.append('"').toString();
    }

    /**
     * Finishes the description.
     *
     * @return {@code Name(param=value,...)}
     */
    @Override
    public String toString() {
        return b + ")";
    }
}
