package io.github.jimagekit.config;

import io.github.jimagekit.source.SourceVersioning;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The settings of one {@code ImageKit}: immutable, validated when built. Every key is a
 * core {@link ConfigKey} or a {@link SettingKey} that a module declares through
 * {@link SettingKeys} (found on the builder's class loader); unknown {@code imagekit.*} keys
 * and bad values fail with an {@link InvalidConfigurationException} naming the key, so a typo
 * stops the deployment instead of being ignored. Keys that do not start with
 * {@code imagekit.} are ignored, so a servlet context's other parameters can be passed as they
 * are.
 *
 * <pre>{@code
 * ImageKitConfig config = ImageKitConfig.builder()
 *         .set("imagekit.storage.root", "/var/www/media")
 *         .set("imagekit.cache.disk.dir", "/var/cache/imagekit")
 *         .build();
 * }</pre>
 */
public final class ImageKitConfig {

    /** The prefix of every key. */
    public static final String PREFIX = "imagekit.";

    /** The file name looked up on the class path and in {@code WEB-INF/}. */
    public static final String FILE_NAME = "imagekit.properties";

    private static final ImageKitConfig DEFAULTS = new Builder(null, null).build();

    private final Map<ConfigKey, Object> values;
    private final Map<ConfigKey, String> raw;
    private final ModuleValues modules;
    private final ClassLoader loader;

    private ImageKitConfig(Map<ConfigKey, Object> values, Map<ConfigKey, String> raw,
            ModuleValues modules, ClassLoader loader) {
        this.values = values;
        this.raw = raw;
        this.modules = modules;
        this.loader = loader;
    }

    /**
     * Returns the defaults.
     *
     * @return a config with every key at its default
     */
    public static ImageKitConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a config from the defaults; module keys are looked up on the thread's context
     * class loader.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(null, null);
    }

    /**
     * Starts a config from the defaults, accepting the keys that the {@link SettingKeys}
     * providers of a class loader declare.
     *
     * @param modules the class loader whose {@code META-INF/services} list the modules' keys,
     *     such as a web application's
     * @return a builder
     */
    public static Builder builder(ClassLoader modules) {
        return new Builder(Objects.requireNonNull(modules, "modules"), null);
    }

    /**
     * Builds a config from string pairs, such as servlet context parameters.
     *
     * @param settings keys to values; keys not starting with {@code imagekit.} are ignored
     * @return the config
     * @throws InvalidConfigurationException naming the key of an unknown key or bad value
     */
    public static ImageKitConfig fromMap(Map<String, String> settings) {
        return builder().setAll(settings).build();
    }

    /**
     * Reads a properties file.
     *
     * @param file an {@code imagekit.properties} file, UTF-8
     * @return the config
     * @throws InvalidConfigurationException naming the key of an unknown key or bad value, or
     *     when the file cannot be read
     */
    public static ImageKitConfig load(Path file) {
        return builder().setAll(PropertiesFile.read(file)).build();
    }

    /**
     * Reads {@code imagekit.properties} from the root of a class path.
     *
     * @param loader the class loader to look in, also for module keys
     * @return the config, or empty when there is no such resource
     * @throws InvalidConfigurationException naming the key of an unknown key or bad value
     */
    public static Optional<ImageKitConfig> loadFromClasspath(ClassLoader loader) {
        return PropertiesFile.readFromClasspath(loader)
                .map(settings -> builder(loader).setAll(settings).build());
    }

    /**
     * Starts a builder holding these settings, knowing the same module keys.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(loader, modules.keys());
        b.raw.putAll(raw);
        b.moduleRaw.putAll(modules.raw());
        return b;
    }

    /**
     * Returns a setting as written.
     *
     * @param key the key
     * @return the value, or the default when it was not set
     */
    public String raw(ConfigKey key) {
        return raw.getOrDefault(key, key.defaultValue());
    }

    /**
     * Tells whether a key was set explicitly.
     *
     * @param key the key
     * @return whether it was set (even to its default value)
     */
    public boolean isSet(ConfigKey key) {
        return raw.containsKey(key);
    }

    /**
     * Returns a module's setting.
     *
     * @param key a key a module declares, such as {@code imagekit.servlet.path}
     * @param <T> the type of its value
     * @return the value, or the key's default when it was not set
     * @throws InvalidConfigurationException naming the key when {@code key} is not the
     *     instance this config checked the value with and does not accept the value
     */
    public <T> T get(SettingKey<T> key) {
        return modules.get(key);
    }

    /**
     * Tells whether a module's key was set explicitly.
     *
     * @param key a key a module declares
     * @return whether it was set (even to its default value)
     */
    public boolean isSet(SettingKey<?> key) {
        return modules.raw().containsKey(key.name());
    }

    /**
     * Returns a text setting; empty text means "not set".
     *
     * @param key a text key, such as {@link ConfigKey#STORAGE_ROOT}
     * @return the value, or empty when blank
     */
    public Optional<String> text(ConfigKey key) {
        String v = raw(key).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * Returns a yes/no setting.
     *
     * @param key a boolean key, such as {@link ConfigKey#IMAGE_AUTO_ORIENT}
     * @return the value
     */
    public boolean bool(ConfigKey key) {
        return (Boolean) value(key);
    }

    /**
     * Returns a whole-number setting.
     *
     * @param key a number key, such as {@link ConfigKey#ASYNC_THREADS}
     * @return the value
     */
    public long number(ConfigKey key) {
        return ((Number) value(key)).longValue();
    }

    /**
     * Returns a duration setting.
     *
     * @param key a duration key, such as {@link ConfigKey#CACHE_MISSING_TIMEOUT}
     * @return the value; empty for {@code forever}
     */
    public Optional<Duration> duration(ConfigKey key) {
        Object v = value(key);
        if (v instanceof Duration d) {
            return Optional.of(d);
        }
        @SuppressWarnings("unchecked")
        Optional<Duration> o = (Optional<Duration>) v;
        return o;
    }

    /**
     * Returns the cache directory inside the cache-file storage.
     *
     * @return for example {@code "CACHE/images"}
     */
    public String cacheFileDir() {
        return (String) value(ConfigKey.CACHEFILE_DIR);
    }

    /**
     * Returns how source versions are computed.
     *
     * @return the versioning
     */
    public SourceVersioning sourceVersioning() {
        return SourceVersioning.parse(raw(ConfigKey.SOURCE_VERSIONING));
    }

    /**
     * Returns a choice setting (strategy, backend, namer, state cache) in lower case, or a
     * class name as written.
     *
     * @param key a choice key
     * @return the value
     */
    public String choice(ConfigKey key) {
        return (String) value(key);
    }

    private Object value(ConfigKey key) {
        return values.get(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageKitConfig other && raw.equals(other.raw)
                && modules.raw().equals(other.modules.raw());
    }

    @Override
    public int hashCode() {
        return raw.hashCode() * 31 + modules.raw().hashCode();
    }

    @Override
    public String toString() {
        Map<String, String> all = new TreeMap<>(modules.raw());
        raw.forEach((k, v) -> all.put(k.key(), v));
        return "ImageKitConfig" + all;
    }

    /** Builds an {@link ImageKitConfig}; validation happens in {@link #build()}. */
    public static final class Builder {

        private final Map<ConfigKey, String> raw = new EnumMap<>(ConfigKey.class);
        private final Map<String, String> moduleRaw = new TreeMap<>();
        private final ClassLoader loader;
        private ModuleKeys modules;

        private Builder(ClassLoader loader, ModuleKeys modules) {
            this.loader = loader;
            this.modules = modules;
        }

        /**
         * Sets one value.
         *
         * @param key   a key starting with {@code imagekit.}; other keys are ignored
         * @param value the value as it would be written in a properties file
         * @return this builder
         * @throws InvalidConfigurationException when the key is unknown
         */
        public Builder set(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value of " + key);
            if (!key.startsWith(PREFIX)) {
                return this;
            }
            Optional<ConfigKey> core = ConfigKey.forKey(key);
            if (core.isPresent()) {
                raw.put(core.get(), value);
            } else if (modules().find(key).isPresent()) {
                moduleRaw.put(key, value);
            } else {
                throw new InvalidConfigurationException("unknown setting \"" + key + "\""
                        + Suggestions.nearest(key, keyNames()), null, key);
            }
            return this;
        }

        /**
         * Sets one value.
         *
         * @param key   the key
         * @param value the value as it would be written in a properties file
         * @return this builder
         */
        public Builder set(ConfigKey key, String value) {
            raw.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets many values.
         *
         * @param settings keys to values; keys not starting with {@code imagekit.} are ignored
         * @return this builder
         * @throws InvalidConfigurationException when a key is unknown
         */
        public Builder setAll(Map<?, ?> settings) {
            settings.forEach((k, v) -> set(String.valueOf(k), String.valueOf(v)));
            return this;
        }

        /**
         * Returns the name of every key this builder accepts: the core's and those of the
         * modules found on its class loader.
         *
         * @return the names, sorted
         * @throws InvalidConfigurationException when the modules' keys cannot be loaded
         */
        public Set<String> keyNames() {
            Set<String> names = new TreeSet<>(modules().all().keySet());
            for (ConfigKey k : ConfigKey.values()) {
                names.add(k.key());
            }
            return names;
        }

        /**
         * Validates every value and builds the config.
         *
         * @return the config
         * @throws InvalidConfigurationException naming the key and the value when a value is
         *     bad, or when {@code imagekit.template.on-error=fallback} has no fallback URL
         */
        public ImageKitConfig build() {
            Map<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);
            for (ConfigKey k : ConfigKey.values()) {
                String v = raw.getOrDefault(k, k.defaultValue());
                try {
                    values.put(k, k.parse(v));
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigurationException("setting \"" + k.key() + "\" has a bad"
                            + " value \"" + v + "\": " + e.getMessage(), e, k.key());
                }
            }
            // no look-up for the modules' keys unless one was set: it scans the class path
            ModuleValues checked = ModuleValues.parse(moduleRaw.isEmpty() ? modules : modules(),
                    moduleRaw);
            if ("fallback".equals(values.get(ConfigKey.TEMPLATE_ON_ERROR))
                    && ((String) values.get(ConfigKey.TEMPLATE_FALLBACK_URL)).isBlank()) {
                throw new InvalidConfigurationException("setting \""
                        + ConfigKey.TEMPLATE_ON_ERROR.key() + "\" is \"fallback\" but \""
                        + ConfigKey.TEMPLATE_FALLBACK_URL.key() + "\" is not set");
            }
            return new ImageKitConfig(values, Map.copyOf(raw), checked, loader);
        }

        private ModuleKeys modules() {
            if (modules == null) {
                ClassLoader l = loader != null ? loader
                        : Thread.currentThread().getContextClassLoader();
                modules = ModuleKeys.discover(l != null ? l
                        : ImageKitConfig.class.getClassLoader());
            }
            return modules;
        }
    }
}
