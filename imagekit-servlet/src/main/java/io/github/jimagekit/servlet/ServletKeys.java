package io.github.jimagekit.servlet;

import io.github.jimagekit.config.SettingKey;
import io.github.jimagekit.config.SettingKeys;
import java.util.List;

/**
 * The settings of the web-application side: whether the {@link CacheFileServlet} is
 * registered, and where. Listed in
 * {@code META-INF/services/io.github.jimagekit.config.SettingKeys}, so that
 * {@link io.github.jimagekit.config.ImageKitConfig} accepts and checks them wherever this jar
 * is on the class path.
 */
public final class ServletKeys implements SettingKeys {

    /** Whether the cache-file servlet is registered. */
    public static final SettingKey<Boolean> SERVLET_ENABLED = SettingKey.bool(
            "imagekit.servlet.enabled", true, "Whether the cache-file servlet is registered.");

    /** The cache-file servlet's URL pattern: a path mapping such as {@code /media/*}. */
    public static final SettingKey<String> SERVLET_PATH = SettingKey.of("imagekit.servlet.path",
            "/media/*", "The cache-file servlet's URL pattern.", ServletKeys::pathMapping);

    /** Creates the provider; {@link java.util.ServiceLoader} does this. */
    public ServletKeys() {
        // found with ServiceLoader
    }

    @Override
    public List<SettingKey<?>> keys() {
        return List.of(SERVLET_ENABLED, SERVLET_PATH);
    }

    private static String pathMapping(String v) {
        if (!v.startsWith("/") || !v.endsWith("/*") || v.length() < 3 || v.contains("..")) {
            throw new IllegalArgumentException("must be a path mapping such as /media/*");
        }
        return v;
    }
}
