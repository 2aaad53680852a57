package io.github.jimagekit.example;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.servlet.ApplicationKit;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.time.Clock;
import java.time.Instant;

/**
 * Opens the album once jimagekit's initializer has built the kit, and drops it when the
 * application stops (jimagekit's own listener closes the kit). Declared in {@code web.xml}.
 */
public final class GalleryListener implements ServletContextListener {

    /** The {@code ServletContext} attribute holding when this deployment started. */
    public static final String STARTED = GalleryListener.class.getName() + ".started";

    /** Creates the listener; the container does this. */
    public GalleryListener() {
        // declared in web.xml
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        ImageKit kit = ApplicationKit.require(context.getAttribute(ApplicationKit.ATTRIBUTE));
        context.setAttribute(PhotoAlbum.ATTRIBUTE, new PhotoAlbum(kit, Clock.systemUTC()));
        context.setAttribute(STARTED, Instant.now());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.removeAttribute(PhotoAlbum.ATTRIBUTE);
        context.removeAttribute(STARTED);
    }
}
