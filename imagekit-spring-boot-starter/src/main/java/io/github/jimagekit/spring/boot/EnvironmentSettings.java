package io.github.jimagekit.spring.boot;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.servlet.ServletKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Reads the {@code imagekit.*} settings from Spring Boot's {@link Environment} into an
 * {@link ImageKitConfig}, so that the keys, defaults and checks are the kit's own, module keys
 * ({@code SettingKeys}) included. Each key the config accepts is bound with Boot's relaxed
 * binding ({@code imagekit.storage.base-url}, {@code imagekit.storage.baseUrl} and
 * {@code IMAGEKIT_STORAGE_BASEURL} are one key) and placeholders resolved; a key under
 * {@code imagekit} that the config does not know fails with the config's "did you mean", and a
 * bad value fails naming the key, the value and where it was set.
 *
 * <p>When {@code imagekit.storage.base-url} is not set and the cache-file servlet is on, the
 * base URL follows the servlet: {@code server.servlet.context-path} plus the servlet path's
 * prefix, as the servlet bootstrap does in a WAR.
 */
final class EnvironmentSettings {

    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("imagekit");
    private static final String CONTEXT_PATH = "server.servlet.context-path";

    private EnvironmentSettings() {
    }

    /**
     * Reads the settings.
     *
     * @param environment the application's environment
     * @param modules     the class loader whose {@code SettingKeys} providers are accepted
     * @return the validated settings
     * @throws InvalidConfigurationException naming the key (and where it was set) when a key
     *     is unknown or a value is bad
     */
    static ImageKitConfig read(Environment environment, ClassLoader modules) {
        ImageKitConfig.Builder b = ImageKitConfig.builder(modules);
        Binder binder = Binder.get(environment);
        Map<String, String> origins = new HashMap<>();
        Set<String> names = b.keyNames();
        for (String name : names) {
            Origins handler = new Origins();
            bind(binder, name, handler).ifPresent(value -> {
                origins.put(name, handler.origin);
                set(b, name, value, handler.origin);
            });
        }
        for (ConfigurationProperty unknown : unknown(environment, names)) {
            String origin = String.valueOf(unknown.getOrigin());
            set(b, unknown.getName().toString(), String.valueOf(unknown.getValue()), origin);
        }
        try {
            return withServletBaseUrl(b.build(), binder);
        } catch (InvalidConfigurationException e) {
            throw e.setIn(e.key().map(origins::get).orElse(null));
        }
    }

    /**
     * Binds one key as text; {@code imagekit.pregenerate}, a list of patterns, also as a YAML
     * list, joined with commas as the kit reads it.
     */
    private static Optional<String> bind(Binder binder, String name, Origins handler) {
        if (name.equals(ConfigKey.PREGENERATE.key())) {
            return binder.bind(name, Bindable.listOf(String.class), handler)
                    .map(list -> String.join(",", list)).map(Optional::of).orElse(Optional.empty());
        }
        return binder.bind(name, Bindable.of(String.class), handler)
                .map(Optional::of).orElse(Optional.empty());
    }

    private static ImageKitConfig withServletBaseUrl(ImageKitConfig config, Binder binder) {
        if (config.isSet(ConfigKey.STORAGE_BASE_URL) || !config.get(ServletKeys.SERVLET_ENABLED)) {
            return config;
        }
        String contextPath = binder.bind(CONTEXT_PATH, String.class).orElse("");
        String mapping = config.get(ServletKeys.SERVLET_PATH).strip();
        return config.toBuilder().set(ConfigKey.STORAGE_BASE_URL, stripSlash(contextPath)
                + mapping.substring(0, mapping.length() - 2) + "/").build();
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * The properties under {@code imagekit} that are none of the known keys (nor an element of
     * one, such as {@code imagekit.pregenerate[0]} from a YAML list). The operating
     * system's environment is left out: a variable such as {@code IMAGEKIT_HOME} belongs to
     * something else, and the servlet bootstrap ignores such variables too.
     */
    private static List<ConfigurationProperty> unknown(Environment environment,
            Set<String> names) {
        Set<ConfigurationPropertyName> known = names.stream()
                .map(ConfigurationPropertyName::of).collect(Collectors.toSet());
        return sources(environment).stream()
                .flatMap(s -> s.filter(ROOT::isAncestorOf).stream()
                        .filter(n -> known.stream().noneMatch(k -> k.equals(n)
                                || k.isAncestorOf(n)))
                        .map(s::getConfigurationProperty))
                .filter(Objects::nonNull)
                .toList();
    }

    private static List<IterableConfigurationPropertySource> sources(Environment environment) {
        Iterable<ConfigurationPropertySource> all = ConfigurationPropertySources.get(environment);
        List<IterableConfigurationPropertySource> iterable = new ArrayList<>();
        for (ConfigurationPropertySource s : all) {
            if (s instanceof IterableConfigurationPropertySource i && !isSystemEnvironment(s)) {
                iterable.add(i);
            }
        }
        return iterable;
    }

    private static boolean isSystemEnvironment(ConfigurationPropertySource source) {
        return source.getUnderlyingSource() instanceof PropertySource<?> p
                && StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(p.getName());
    }

    private static void set(ImageKitConfig.Builder b, String key, String value, String origin) {
        try {
            b.set(key, value);
        } catch (InvalidConfigurationException e) {
            throw e.setIn(origin);
        }
    }

    /** Remembers where the bound value came from. */
    private static final class Origins implements BindHandler {

        private String origin;

        @Override
        public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target,
                BindContext context, Object result) {
            ConfigurationProperty property = context.getConfigurationProperty();
            if (property != null && property.getOrigin() != null) {
                origin = property.getOrigin().toString();
            }
            return result;
        }
    }
}
