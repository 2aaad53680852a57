package io.github.jimagekit.config;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The {@link SettingKey}s that the {@link SettingKeys} providers of one class loader declare. */
final class ModuleKeys {

    private final Map<String, SettingKey<?>> keys;

    private ModuleKeys(Map<String, SettingKey<?>> keys) {
        this.keys = keys;
    }

    /**
     * Finds the keys of every provider a class loader lists.
     *
     * @param loader the class loader
     * @return the keys
     * @throws InvalidConfigurationException when a provider cannot be loaded or two declare
     *     the same name (or a core key's)
     */
    static ModuleKeys discover(ClassLoader loader) {
        Map<String, SettingKey<?>> keys = new TreeMap<>();
        Map<String, String> declaredBy = new HashMap<>();
        try {
            for (SettingKeys provider : ServiceLoader.load(SettingKeys.class, loader)) {
                String who = provider.getClass().getName();
                for (SettingKey<?> k : provider.keys()) {
                    if (ConfigKey.forKey(k.name()).isPresent()) {
                        throw new InvalidConfigurationException("setting \"" + k.name()
                                + "\" of " + who + " is a core setting already");
                    }
                    String other = declaredBy.putIfAbsent(k.name(), who);
                    if (other != null && !other.equals(who)) {
                        throw new InvalidConfigurationException("setting \"" + k.name()
                                + "\" is declared twice, by " + other + " and by " + who);
                    }
                    keys.put(k.name(), k);
                }
            }
        } catch (ServiceConfigurationError | IllegalArgumentException e) {
            throw new InvalidConfigurationException("cannot load the settings of a module: "
                    + e.getMessage(), e);
        }
        return new ModuleKeys(Collections.unmodifiableMap(keys));
    }

    /**
     * Finds a key by its name.
     *
     * @param name a property name
     * @return the key, or empty when no module declares it
     */
    Optional<SettingKey<?>> find(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    /**
     * Returns every key, by name.
     *
     * @return names to keys, sorted
     */
    Map<String, SettingKey<?>> all() {
        return keys;
    }
}
