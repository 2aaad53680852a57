package io.github.jimagekit.cli;

import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.servlet.WebAppInputs;
import io.github.jimagekit.servlet.WebAppSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of a {@code generateimages} run: exactly those the application resolves when it
 * runs ({@link WebAppSettings}: system properties, {@code IMAGEKIT_*} environment variables,
 * context parameters, {@code WEB-INF/imagekit.properties}, class-path
 * {@code imagekit.properties}, defaults), under the command's own, highest first:
 * {@code -D key=value}, then {@code --config FILE}. The command's own settings act as system
 * properties that win over the JVM's, so a bad value they replace is never parsed.
 */
final class CommandSettings {

    private CommandSettings() {
    }

    /**
     * Resolves the settings.
     *
     * @param app              the application: a WAR, or the class path
     * @param configFile       the settings of {@code --config}, or empty
     * @param defines          the {@code -D} settings
     * @param systemProperties the JVM's system properties
     * @param environment      the environment variables
     * @return the settings
     * @throws InvalidConfigurationException naming the key and where it was set when a key is
     *     unknown or a value bad
     */
    static ImageKitConfig read(WebAppInputs app, Map<String, String> configFile,
            Map<String, String> defines, Map<String, String> systemProperties,
            Map<String, String> environment) {
        Map<String, String> top = new LinkedHashMap<>(systemProperties);
        top.putAll(configFile);
        top.putAll(defines);
        try {
            return WebAppSettings.read(app, top, environment);
        } catch (InvalidConfigurationException e) {
            throw relabel(e, configFile, defines);
        }
    }

    /** Names {@code -D} or {@code --config} where the reader says "system property". */
    private static InvalidConfigurationException relabel(InvalidConfigurationException e,
            Map<String, String> configFile, Map<String, String> defines) {
        String key = e.key().orElse(null);
        String said = " (set in system property " + key + ")";
        if (key == null || !e.getMessage().endsWith(said)) {
            return e;
        }
        String origin = defines.containsKey(key) ? "-D " + key
                : configFile.containsKey(key) ? "--config" : null;
        if (origin == null) {
            return e;
        }
        String message = e.getMessage().substring(0, e.getMessage().length() - said.length())
                + " (set in " + origin + ")";
        return new InvalidConfigurationException(message, e, key);
    }
}
