package io.github.jimagekit.config;

import java.util.HashMap;
import java.util.Map;

/** The module settings of one {@link ImageKitConfig}: as written, and checked by their keys. */
final class ModuleValues {

    private final ModuleKeys keys;
    private final Map<String, String> raw;
    private final Map<String, Parsed> parsed;

    /** A value with the key that parsed it. */
    private record Parsed(SettingKey<?> key, Object value) {
    }

    private ModuleValues(ModuleKeys keys, Map<String, String> raw, Map<String, Parsed> parsed) {
        this.keys = keys;
        this.raw = raw;
        this.parsed = parsed;
    }

    /**
     * Checks module settings.
     *
     * @param keys the keys the modules declare; {@code null} when not looked up yet (then
     *     {@code raw} is empty)
     * @param raw  names of declared keys to values as written
     * @return the checked settings
     * @throws InvalidConfigurationException naming the key and the value when one is bad
     */
    static ModuleValues parse(ModuleKeys keys, Map<String, String> raw) {
        Map<String, Parsed> parsed = new HashMap<>();
        raw.forEach((name, v) -> {
            SettingKey<?> key = keys.find(name).orElseThrow();
            parsed.put(name, new Parsed(key, parse(key, v)));
        });
        return new ModuleValues(keys, Map.copyOf(raw), Map.copyOf(parsed));
    }

    /**
     * Returns the keys these settings were checked with.
     *
     * @return the modules' keys, or {@code null} when they were not looked up
     */
    ModuleKeys keys() {
        return keys;
    }

    /**
     * Returns the settings as written.
     *
     * @return names to values
     */
    Map<String, String> raw() {
        return raw;
    }

    /**
     * Returns a setting's value.
     *
     * @param key the key
     * @param <T> the type of the value
     * @return the value checked at build time when {@code key} is the instance that checked it,
     *     otherwise the value (or the default) parsed by {@code key}
     */
    <T> T get(SettingKey<T> key) {
        Parsed p = parsed.get(key.name());
        if (p != null && p.key() == key) {
            @SuppressWarnings("unchecked")
            T value = (T) p.value();
            return value;
        }
        return parse(key, raw.getOrDefault(key.name(), key.defaultValue()));
    }

    private static <T> T parse(SettingKey<T> key, String value) {
        try {
            return key.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("setting \"" + key.name() + "\" has a bad"
                    + " value \"" + value + "\": " + e.getMessage(), e, key.name());
        }
    }
}
