package io.github.jimagekit.batch;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A generator id pattern of {@code generateimages}, with django-imagekit's exact semantics:
 * {@code *} matches any characters within a colon-separated segment, {@code **} matches across
 * segments, everything else is literal, and a pattern also matches the ids below it. So
 * {@code "a:*:c"} matches {@code "a:b:c"} but not {@code "a:b:x:c"}, {@code "a:**:c"} matches
 * both, and {@code "a"} matches {@code "a"}, {@code "a:b"} and {@code "a:b:c"} (but not
 * {@code "ab"}). Immutable.
 */
final class GeneratorIdPattern {

    private final String text;
    private final Pattern regex;

    private GeneratorIdPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /**
     * Compiles a pattern as django-imagekit does: each run of stars is read as {@code **}s
     * then a {@code *}; {@code *} becomes {@code [^:]*}, {@code **} becomes {@code .*}, the
     * rest is quoted, and the whole is anchored as {@code ^pattern(:.*)?$}.
     *
     * @param pattern the pattern, such as {@code "gallery:*"}
     * @return the compiled pattern
     * @throws IllegalArgumentException when the pattern is blank
     */
    public static GeneratorIdPattern compile(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("generator id pattern \"" + pattern
                    + "\" is blank");
        }
        StringBuilder b = new StringBuilder("^");
        int i = 0;
        while (i < pattern.length()) {
            int star = pattern.indexOf('*', i);
            int end = star < 0 ? pattern.length() : star;
            if (end > i) {
                b.append(Pattern.quote(pattern.substring(i, end)));
            }
            i = end;
            if (star >= 0) {
                boolean twoStars = i + 1 < pattern.length() && pattern.charAt(i + 1) == '*';
                b.append(twoStars ? ".*" : "[^:]*");
                i += twoStars ? 2 : 1;
            }
        }
        return new GeneratorIdPattern(pattern, Pattern.compile(b.append("(:.*)?$").toString()));
    }

    /**
     * Makes a filter that accepts ids matching any of several patterns.
     *
     * @param patterns the patterns; none accepts every id
     * @return the filter
     * @throws IllegalArgumentException when a pattern is blank
     */
    public static Predicate<String> anyOf(List<String> patterns) {
        List<GeneratorIdPattern> compiled = patterns.stream().map(GeneratorIdPattern::compile)
                .toList();
        return compiled.isEmpty() ? id -> true
                : id -> compiled.stream().anyMatch(p -> p.matches(id));
    }

    /**
     * Tells whether an id matches.
     *
     * @param generatorId a generator id
     * @return whether it matches this pattern or lies below it
     */
    public boolean matches(String generatorId) {
        return regex.matcher(generatorId).matches();
    }

    /**
     * Returns the regular expression the pattern compiled to.
     *
     * @return for example {@code ^\Qa:\E[^:]*(:.*)?$}
     */
    public String regex() {
        return regex.pattern();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratorIdPattern other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
