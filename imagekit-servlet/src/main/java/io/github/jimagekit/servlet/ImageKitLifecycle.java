package io.github.jimagekit.servlet;

import io.github.jimagekit.ImageKit;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.lang.System.Logger.Level;

/**
 * Ends a web application's kit when the application stops: removes it from the
 * {@code ServletContext}, closes it (stopping background generation threads and closing the
 * state cache, and the flush thread Ehcache's disk tier leaves: {@link EhcacheThreads}) when the
 * initializer built it, and deregisters the application's ImageIO plug-ins, so that a
 * redeployed application leaves no thread and no class loader behind.
 */
final class ImageKitLifecycle implements ServletContextListener {

    private static final System.Logger LOG = System.getLogger(ImageKitLifecycle.class.getName());

    private final ImageKit kit;
    private final boolean owned;
    private final ImageIoPlugins plugins;

    /**
     * Creates the listener.
     *
     * @param kit     the application's kit; {@code null} when Spring Boot sets it up (and closes
     *     it), so that only the plug-ins are the listener's
     * @param owned   whether the initializer built the kit (and so closes it)
     * @param plugins the application's ImageIO plug-ins
     */
    ImageKitLifecycle(ImageKit kit, boolean owned, ImageIoPlugins plugins) {
        this.kit = kit;
        this.owned = owned;
        this.plugins = plugins;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        LOG.log(Level.DEBUG, () -> "jimagekit ready: " + (kit != null ? kit
                : "set up by Spring Boot"));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        if (kit != null && context.getAttribute(ImageKit.CONTEXT_ATTRIBUTE) == kit) {
            context.removeAttribute(ImageKit.CONTEXT_ATTRIBUTE);
        }
        try {
            if (owned) {
                kit.close();
                if (EhcacheThreads.release(ClassLoaders.of(context))) {
                    LOG.log(Level.DEBUG, "stopped Ehcache's disk flush thread");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "closing the image kit failed", e);
        } finally {
            int count = plugins.deregister();
            LOG.log(Level.DEBUG, () -> "deregistered " + count + " ImageIO plug-ins");
        }
    }
}
