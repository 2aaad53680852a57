package io.github.jimagekit.spec;

import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.source.Source;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The named arguments a generator is asked for with: {@code source}, {@code width},
 * {@code height}, {@code anchor}, {@code crop}, {@code upscale} for the thumbnail generator,
 * anything else for an application's own. Values come from templates as strings or from code
 * as typed objects; the typed accessors accept both and name the argument when a value does
 * not fit. Immutable.
 */
public final class GeneratorArguments {

    /** The name of the source argument. */
    public static final String SOURCE = "source";

    private static final GeneratorArguments EMPTY = new GeneratorArguments(Map.of());

    private final Map<String, Object> values;

    private GeneratorArguments(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Returns the empty argument list.
     *
     * @return no arguments
     */
    public static GeneratorArguments empty() {
        return EMPTY;
    }

    /**
     * Copies a map of arguments; {@code null} values are dropped (an absent argument).
     *
     * @param values argument names to values
     * @return the arguments
     */
    public static GeneratorArguments of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            Objects.requireNonNull(k, "argument name");
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy.isEmpty() ? EMPTY : new GeneratorArguments(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns these arguments with one more (or one replaced).
     *
     * @param name  the argument name
     * @param value the value; {@code null} removes the argument
     * @return the new arguments
     */
    public GeneratorArguments with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(Objects.requireNonNull(name, "name"));
        } else {
            copy.put(Objects.requireNonNull(name, "name"), value);
        }
        return of(copy);
    }

    /**
     * Returns the argument names.
     *
     * @return the names, in the order given
     */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * Returns the arguments as a map.
     *
     * @return an unmodifiable view
     */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * Returns an argument as given.
     *
     * @param name the argument name
     * @return the value, or empty
     */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * Returns the source.
     *
     * @return the source
     * @throws MissingSourceException when there is no {@code source} argument
     * @throws IllegalArgumentException when it has not been resolved to a {@link Source}
     */
    public Source source() {
        Object v = values.get(SOURCE);
        if (v == null) {
            throw new MissingSourceException("no source given");
        }
        if (!(v instanceof Source s)) {
            throw new IllegalArgumentException("argument \"source\" must be resolved to a Source,"
                    + " was a " + v.getClass().getName());
        }
        return s;
    }

    /**
     * Returns a whole-number argument.
     *
     * @param name the argument name
     * @return the value, or empty when absent or blank
     * @throws IllegalArgumentException naming the argument when the value is not a whole number
     */
    public Optional<Integer> integer(String name) {
        Object v = values.get(name);
        if (v == null || (v instanceof CharSequence s && s.toString().isBlank())) {
            return Optional.empty();
        }
        if (v instanceof Integer i) {
            return Optional.of(i);
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
            return Optional.of(n.intValue());
        }
        if (v instanceof CharSequence s) {
            try {
                return Optional.of(Integer.valueOf(s.toString().strip()));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw bad(name, v, "a whole number");
    }

    /**
     * Returns a yes/no argument.
     *
     * @param name the argument name
     * @return the value, or empty when absent or blank
     * @throws IllegalArgumentException naming the argument when the value is not one of
     *     {@code true}, {@code false}, {@code 1}, {@code 0}, {@code yes}, {@code no}
     */
    public Optional<Boolean> bool(String name) {
        Object v = values.get(name);
        if (v == null || (v instanceof CharSequence s && s.toString().isBlank())) {
            return Optional.empty();
        }
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        if (v instanceof Number n && (n.intValue() == 0 || n.intValue() == 1)) {
            return Optional.of(n.intValue() == 1);
        }
        String s = v.toString().strip().toLowerCase(Locale.ROOT);
        switch (s) {
            case "true", "1", "yes", "on":
                return Optional.of(true);
            case "false", "0", "no", "off":
                return Optional.of(false);
            default:
                throw bad(name, v, "true or false");
        }
    }

    /**
     * Returns an argument as text.
     *
     * @param name the argument name
     * @return the value's text, or empty when absent or blank
     */
    public Optional<String> string(String name) {
        Object v = values.get(name);
        if (v == null || v.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v.toString().strip());
    }

    /**
     * Checks that every argument is one a generator accepts.
     *
     * @param generatorId the generator's id, for the message
     * @param accepted    the accepted names
     * @return these arguments
     * @throws IllegalArgumentException naming the unknown arguments and the accepted ones
     */
    public GeneratorArguments requireOnly(String generatorId, Set<String> accepted) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(accepted);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("generator \"" + generatorId
                    + "\" does not accept " + (unknown.size() == 1 ? "argument " : "arguments ")
                    + String.join(", ", unknown) + " (accepted: "
                    + String.join(", ", new TreeSet<>(accepted)) + ")");
        }
        return this;
    }

    private static IllegalArgumentException bad(String name, Object v, String expected) {
        return new IllegalArgumentException("argument \"" + name + "\" must be " + expected
                + ", was \"" + v + "\"");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratorArguments other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
