package io.github.jimagekit.servlet;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import jakarta.servlet.ServletContext;
import java.io.File;

/**
 * Fills in the two settings that only a running container knows, when the web application's
 * settings ({@link WebAppSettings}) leave them out: the storage root (a directory in the
 * container's temporary directory) and the storage base URL (the context path plus the
 * cache-file servlet's mapping). {@code generateimages --webapp} has no container, so it
 * needs the storage root set.
 */
final class ContainerDefaults {

    /** The directory made under the container's temporary directory when no root is set. */
    static final String TEMP_MEDIA = "imagekit-media";

    private static final System.Logger LOG = System.getLogger(ContainerDefaults.class.getName());

    private ContainerDefaults() {
    }

    /**
     * Reads the settings of a running web application and fills in what the container knows.
     *
     * @param context the web application
     * @return the settings, with the storage root and base URL filled in
     * @throws InvalidConfigurationException naming the key (and where it was set) when a
     *     setting is unknown or bad
     */
    static ImageKitConfig read(ServletContext context) {
        ImageKitConfig config = WebAppSettings.read(new ServletContextInputs(context));
        ImageKitConfig.Builder derived = config.toBuilder();
        if (config.text(ConfigKey.STORAGE_ROOT).isEmpty()) {
            derived.set(ConfigKey.STORAGE_ROOT, temporaryRoot(context));
        }
        if (!config.isSet(ConfigKey.STORAGE_BASE_URL)
                && config.get(ServletKeys.SERVLET_ENABLED)) {
            derived.set(ConfigKey.STORAGE_BASE_URL, context.getContextPath()
                    + mappingPrefix(config.get(ServletKeys.SERVLET_PATH)) + "/");
        }
        return derived.build();
    }

    /**
     * Returns the path prefix of a servlet mapping.
     *
     * @param mapping a path mapping such as {@code /media/*}
     * @return the prefix, such as {@code /media}
     */
    static String mappingPrefix(String mapping) {
        String m = mapping.strip();
        return m.substring(0, m.length() - 2);
    }

    private static String temporaryRoot(ServletContext context) {
        Object temp = context.getAttribute(ServletContext.TEMPDIR);
        if (!(temp instanceof File dir)) {
            throw new InvalidConfigurationException("setting \"" + ConfigKey.STORAGE_ROOT.key()
                    + "\" is not set and the container gives no temporary directory: say where"
                    + " cache files are stored");
        }
        File root = new File(dir, TEMP_MEDIA);
        LOG.log(System.Logger.Level.INFO, () -> "\"" + ConfigKey.STORAGE_ROOT.key() + "\" is not"
                + " set: cache files of " + name(context) + " go to " + root + "; set it to keep"
                + " them across redeployments");
        return root.getAbsolutePath();
    }

    private static String name(ServletContext context) {
        String path = context.getContextPath();
        return path.isEmpty() ? "the root web application" : "web application \"" + path + "\"";
    }
}
