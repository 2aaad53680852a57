package io.github.jimagekit.example;

import io.github.jimagekit.ImageKit;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Set;

/**
 * Turns the gallery's two settings ({@link GallerySettings}) into jimagekit settings before
 * jimagekit's own initializer builds the kit: {@code imagekit.source.root} is the photos
 * folder, {@code imagekit.storage.root} and {@code imagekit.cache.disk.dir} are in the work
 * directory, and {@code imagekit.template.fallback-url} gets the context path. Each is set as a
 * context parameter unless {@code web.xml} or the container already sets it.
 *
 * <p>Containers run the initializers of {@code WEB-INF/classes} (this one) before those of the
 * jars in {@code WEB-INF/lib} (jimagekit's): Tomcat and Jetty both do. Should one ever run them
 * the other way round, the deployment fails here with a message saying so, instead of running
 * with the wrong folders.
 */
public final class GalleryInitializer implements ServletContainerInitializer {

    /** The fallback picture, shown where an image cannot be made (a corrupt file). */
    public static final String FALLBACK = "/static/missing.png";

    private static final System.Logger LOG = System.getLogger(GalleryInitializer.class.getName());

    /** Creates the initializer; the container does this. */
    public GalleryInitializer() {
        // found with ServiceLoader
    }

    /**
     * Reads the gallery's settings, copies the sample photos at the first start and passes the
     * folders on to jimagekit.
     *
     * @param classes unused
     * @param context the starting web application
     * @throws ServletException when jimagekit was set up already, or the folders cannot be made
     */
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        if (context.getAttribute(ImageKit.CONTEXT_ATTRIBUTE) != null) {
            throw new ServletException("gallery: jimagekit's initializer ran before the"
                    + " gallery's, so its folders cannot be set; set imagekit.source.root and"
                    + " imagekit.storage.root as context parameters instead");
        }
        GallerySettings settings = GallerySettings.resolve(context::getInitParameter,
                System::getProperty, System::getenv,
                Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("java.io.tmpdir")));
        int copied;
        try {
            copied = SamplePhotos.seed(context, settings);
        } catch (IOException e) {
            throw new ServletException("gallery: cannot prepare the photos folder "
                    + settings.photos() + ": " + e, e);
        }
        setDefault(context, "imagekit.source.root", settings.photos().toString());
        setDefault(context, "imagekit.storage.root", settings.media().toString());
        setDefault(context, "imagekit.cache.disk.dir", settings.stateCache().toString());
        setDefault(context, "imagekit.template.fallback-url", context.getContextPath() + FALLBACK);
        context.setAttribute(GallerySettings.ATTRIBUTE, settings);
        LOG.log(Level.INFO, () -> "gallery: photos from " + settings.photos()
                + (copied > 0 ? " (" + copied + " sample photos copied there)" : "")
                + "; generated images and the state cache in " + settings.work());
    }

    private static void setDefault(ServletContext context, String name, String value) {
        if (!context.setInitParameter(name, value)) {
            LOG.log(Level.INFO, () -> "gallery: " + name + " is set by the container or web.xml"
                    + " to " + context.getInitParameter(name) + "; using that");
        }
    }
}
