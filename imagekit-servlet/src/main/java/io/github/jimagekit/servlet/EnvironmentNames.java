package io.github.jimagekit.servlet;

import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps {@code IMAGEKIT_*} environment variables onto setting keys: a variable's name is a
 * key's canonical form, the key in upper case with {@code .} and {@code -} written {@code _}
 * ({@code imagekit.source.version-ttl} is {@code IMAGEKIT_SOURCE_VERSION_TTL}). Matching the
 * known keys' canonical forms, rather than guessing which {@code _} was a dot, is what tells
 * {@code version-ttl} from {@code version.ttl}.
 */
final class EnvironmentNames {

    private static final System.Logger LOG = System.getLogger(EnvironmentNames.class.getName());

    private EnvironmentNames() {
    }

    /**
     * Returns a key's canonical form.
     *
     * @param key a key such as {@code imagekit.source.version-ttl}
     * @return such as {@code IMAGEKIT_SOURCE_VERSION_TTL}
     */
    static String canonical(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * Turns the {@code IMAGEKIT_*} variables into settings, one layer per variable (sorted by
     * name) so that a message can name the variable.
     *
     * @param environment the environment variables
     * @param builder     the builder whose known keys the names are matched against
     * @return the layers
     * @throws InvalidConfigurationException naming the variable when it matches two keys (one
     *     that matches none is ignored with a warning: other software may use the prefix)
     */
    static List<WebAppSettings.Layer> layers(Map<String, String> environment,
            ImageKitConfig.Builder builder) {
        Map<String, String> variables = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(WebAppSettings.ENVIRONMENT_PREFIX)) {
                variables.put(name, value);
            }
        });
        List<WebAppSettings.Layer> layers = new ArrayList<>();
        if (variables.isEmpty()) {
            return layers;
        }
        Map<String, List<String>> keys = new HashMap<>();
        for (String key : builder.keyNames()) {
            keys.computeIfAbsent(canonical(key), c -> new ArrayList<>()).add(key);
        }
        variables.forEach((name, value) -> {
            List<String> matches = keys.get(name);
            if (matches == null) {
                // the environment is the whole process's: another library's IMAGEKIT_*
                // variables (the ImageKit.io SDK reads IMAGEKIT_PRIVATE_KEY) must not stop us
                LOG.log(Level.WARNING, () -> "environment variable \"" + name + "\" matches no"
                        + " setting and is ignored: variables starting with "
                        + WebAppSettings.ENVIRONMENT_PREFIX + " set imagekit.* keys, written in"
                        + " upper case with _ for . and -, such as IMAGEKIT_CACHE_BACKEND");
                return;
            }
            if (matches.size() > 1) {
                throw new InvalidConfigurationException("environment variable \"" + name
                        + "\" could be any of " + String.join(", ", matches)
                        + ": set the key as a system property or context parameter instead");
            }
            layers.add(new WebAppSettings.Layer("environment variable " + name,
                    Map.of(matches.get(0), value)));
        });
        return layers;
    }
}
