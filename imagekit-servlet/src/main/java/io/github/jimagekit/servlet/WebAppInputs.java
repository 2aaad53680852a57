package io.github.jimagekit.servlet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link WebAppSettings} reads a web application's settings from: its context init
 * parameters, its {@code WEB-INF/} files and its class loader. The servlet bootstrap implements
 * it over the running {@code ServletContext}; {@code generateimages --webapp} implements it
 * over a WAR file or an unpacked WAR, so that both resolve the same settings.
 */
public interface WebAppInputs {

    /**
     * Returns the context init parameters: {@code <context-param>} of {@code web.xml} and those
     * the container or another initializer set.
     *
     * @return names to values; parameters not starting with {@code imagekit.} are ignored
     */
    Map<String, String> initParameters();

    /**
     * Opens a file of the application, as {@code ServletContext.getResourceAsStream} does.
     *
     * @param path a path starting with {@code /}, such as {@code /WEB-INF/imagekit.properties}
     * @return the file's content, or empty when there is no such file
     * @throws IOException when the file exists but cannot be opened
     */
    Optional<InputStream> openResource(String path) throws IOException;

    /**
     * Returns the application's class loader: {@code WEB-INF/classes} and
     * {@code WEB-INF/lib/*.jar}. Its class path may hold an {@code imagekit.properties}, and its
     * {@code META-INF/services} the setting keys of the modules the application bundles.
     *
     * @return the class loader
     */
    ClassLoader classLoader();
}
