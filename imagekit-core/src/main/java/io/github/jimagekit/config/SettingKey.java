package io.github.jimagekit.config;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A setting that a module declares for itself, beside the core's {@link ConfigKey}s: its
 * name, default, description and parser. A module lists its keys in a {@link SettingKeys}
 * provider; {@link ImageKitConfig} then accepts them, checks their values when it is built
 * (failing with the key's name, as for the core's keys) and returns them typed through
 * {@link ImageKitConfig#get(SettingKey)}.
 *
 * <pre>{@code
 * public static final SettingKey<Boolean> ENABLED = SettingKey.bool(
 *         "imagekit.servlet.enabled", true, "Whether the cache-file servlet is registered.");
 * }</pre>
 *
 * @param <T> the type of the parsed value
 */
public final class SettingKey<T> {

    private static final Pattern NAME = Pattern.compile("imagekit(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private final String name;
    private final String defaultValue;
    private final String description;
    private final Function<String, ? extends T> parser;

    private SettingKey(String name, String defaultValue, String description,
            Function<String, ? extends T> parser) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.description = description;
        this.parser = parser;
    }

    /**
     * Declares a key with its own parser.
     *
     * @param name         the property name: {@code imagekit.}, then lower-case dotted words
     *     (dashes inside a word), such as {@code "imagekit.s3.bucket"}
     * @param defaultValue the default as it would be written in a properties file (it must
     *     parse; empty text for "not set" if the parser accepts it)
     * @param description  one sentence for documentation
     * @param parser       turns a stripped value into the setting's value, throwing an
     *     {@link IllegalArgumentException} whose message says what is expected (such as
     *     {@code "must be a path mapping such as /media/*"})
     * @param <T>          the type of the value
     * @return the key
     * @throws IllegalArgumentException when the name is malformed or the default does not parse
     */
    public static <T> SettingKey<T> of(String name, String defaultValue, String description,
            Function<String, ? extends T> parser) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue of " + name);
        Objects.requireNonNull(description, "description of " + name);
        Objects.requireNonNull(parser, "parser of " + name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("setting name \"" + name + "\" must be"
                    + " \"imagekit.\" then lower-case dotted words, such as imagekit.s3.bucket");
        }
        SettingKey<T> key = new SettingKey<>(name, defaultValue, description, parser);
        try {
            key.parse(defaultValue);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("default \"" + defaultValue + "\" of setting \""
                    + name + "\" " + e.getMessage(), e);
        }
        return key;
    }

    /**
     * Declares a yes/no key: {@code true} or {@code false}, in any case.
     *
     * @param name         the property name
     * @param defaultValue the default
     * @param description  one sentence for documentation
     * @return the key
     */
    public static SettingKey<Boolean> bool(String name, boolean defaultValue,
            String description) {
        return of(name, String.valueOf(defaultValue), description, ConfigKey::bool);
    }

    /**
     * Declares a text key; empty text means "not set".
     *
     * @param name         the property name
     * @param defaultValue the default, often {@code ""}
     * @param description  one sentence for documentation
     * @return the key
     */
    public static SettingKey<String> text(String name, String defaultValue, String description) {
        return of(name, defaultValue, description, Function.identity());
    }

    /**
     * Declares a duration key, written as the core's durations are: {@code 500ms}, {@code 5s},
     * {@code 10m}, {@code 2h}, {@code 1d} or ISO-8601 ({@code PT5S}); never negative.
     *
     * @param name         the property name
     * @param defaultValue the default, such as {@code "1h"}
     * @param description  one sentence for documentation
     * @return the key
     */
    public static SettingKey<Duration> duration(String name, String defaultValue,
            String description) {
        return of(name, defaultValue, description, ConfigKey::duration);
    }

    /**
     * Returns the property name.
     *
     * @return for example {@code "imagekit.servlet.path"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the default, as it would be written in a properties file.
     *
     * @return the default
     */
    public String defaultValue() {
        return defaultValue;
    }

    /**
     * Returns what the setting does.
     *
     * @return one sentence
     */
    public String description() {
        return description;
    }

    /**
     * Parses a value as written in a properties file (surrounding blanks are stripped).
     *
     * @param value the text
     * @return the parsed value
     * @throws IllegalArgumentException saying what is expected when the value is bad
     */
    public T parse(String value) {
        return parser.apply(value.strip());
    }

    @Override
    public String toString() {
        return name;
    }
}
