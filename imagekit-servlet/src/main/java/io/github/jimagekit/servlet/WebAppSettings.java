package io.github.jimagekit.servlet;

import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.config.PropertiesFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a web application's settings, with one precedence order for the running application
 * and for {@code generateimages --webapp}. Highest first:
 *
 * <ol>
 *   <li>system properties {@code -Dimagekit.*};</li>
 *   <li>environment variables {@code IMAGEKIT_*}: the key in upper case with {@code .} and
 *       {@code -} as {@code _}, so {@code IMAGEKIT_SOURCE_VERSION_TTL} sets
 *       {@code imagekit.source.version-ttl};</li>
 *   <li>the servlet context init parameters {@code imagekit.*};</li>
 *   <li>{@code /WEB-INF/imagekit.properties};</li>
 *   <li>{@code imagekit.properties} at the root of the application's class path;</li>
 *   <li>the defaults.</li>
 * </ol>
 *
 * <p>The keys are the core's and those declared by the modules on the application's class
 * loader ({@link io.github.jimagekit.config.SettingKeys}). An unknown {@code imagekit.*} key or a
 * bad value fails with a message naming the key and where it was set (an {@code IMAGEKIT_}
 * variable that matches no key is ignored with a warning: other software uses the prefix),
 * such as {@code setting "imagekit.default.quality" has a bad value "101": must be from 1 to 100
 * (set in environment variable IMAGEKIT_DEFAULT_QUALITY)}.
 */
public final class WebAppSettings {

    /** The settings file in the web application. */
    public static final String WEB_INF_FILE = "/WEB-INF/" + ImageKitConfig.FILE_NAME;

    /** The prefix of the environment variables that set {@code imagekit.*} keys. */
    public static final String ENVIRONMENT_PREFIX = "IMAGEKIT_";

    private WebAppSettings() {
    }

    /**
     * Reads the settings with this JVM's system properties and environment.
     *
     * @param app the web application
     * @return the settings
     * @throws InvalidConfigurationException naming the key and where it was set when a key is
     *     unknown or a value bad, or naming the file that cannot be read
     */
    public static ImageKitConfig read(WebAppInputs app) {
        return read(app, systemProperties(), System.getenv());
    }

    /**
     * Reads the settings.
     *
     * @param app              the web application
     * @param systemProperties the system properties; those not starting with {@code imagekit.}
     *     are ignored
     * @param environment      the environment variables; those not starting with
     *     {@code IMAGEKIT_} are ignored
     * @return the settings
     * @throws InvalidConfigurationException naming the key and where it was set when a key is
     *     unknown or a value bad, or naming the file that cannot be read
     */
    public static ImageKitConfig read(WebAppInputs app, Map<String, String> systemProperties,
            Map<String, String> environment) {
        Objects.requireNonNull(app, "app");
        ImageKitConfig.Builder b = ImageKitConfig.builder(app.classLoader());
        List<Layer> layers = new ArrayList<>();
        PropertiesFile.readFromClasspath(app.classLoader()).ifPresent(s -> layers.add(
                new Layer(ImageKitConfig.FILE_NAME + " on the class path", s)));
        webInfFile(app).ifPresent(s -> layers.add(new Layer(WEB_INF_FILE, s)));
        layers.add(new Layer("a context parameter", app.initParameters()));
        layers.addAll(EnvironmentNames.layers(environment, b));
        systemProperties.forEach((k, v) -> {
            if (k.startsWith(ImageKitConfig.PREFIX)) {
                layers.add(new Layer("system property " + k, Map.of(k, v)));
            }
        });
        Map<String, String> origins = new HashMap<>();
        for (Layer layer : layers) {
            layer.settings().forEach((k, v) -> {
                set(b, k, v, layer.origin());
                origins.put(k, layer.origin());
            });
        }
        try {
            return b.build();
        } catch (InvalidConfigurationException e) {
            throw e.setIn(e.key().map(origins::get).orElse(null));
        }
    }

    private static void set(ImageKitConfig.Builder b, String key, String value, String origin) {
        try {
            b.set(key, value);
        } catch (InvalidConfigurationException e) {
            throw e.setIn(origin);
        }
    }

    private static Optional<Map<String, String>> webInfFile(WebAppInputs app) {
        Optional<InputStream> in;
        try {
            in = app.openResource(WEB_INF_FILE);
        } catch (IOException e) {
            throw new InvalidConfigurationException("cannot read " + WEB_INF_FILE + ": "
                    + e.getMessage(), e);
        }
        return in.map(s -> PropertiesFile.read(s, WEB_INF_FILE));
    }

    private static Map<String, String> systemProperties() {
        Properties p = System.getProperties();
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(ImageKitConfig.PREFIX)) {
                all.put(name, p.getProperty(name));
            }
        }
        return all;
    }

    /**
     * One source of settings.
     *
     * @param origin   where they come from, for messages
     * @param settings keys to values
     */
    record Layer(String origin, Map<String, String> settings) {
    }
}
