package io.github.jimagekit.servlet;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.spi.IIORegistry;

/**
 * The ImageIO plug-ins of one web application: registered with the JVM-wide
 * {@link IIORegistry} when the application starts (so that readers in {@code WEB-INF/lib}, such
 * as TwelveMonkeys', are used) and deregistered when it stops, so that the registry keeps no
 * reference to the application's class loader after a redeployment. This is what TwelveMonkeys'
 * {@code IIOProviderContextListener} does.
 */
final class ImageIoPlugins {

    private final ClassLoader loader;

    private ImageIoPlugins(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Registers the plug-ins a class loader sees.
     *
     * @param loader the web application's class loader
     * @return the handle that deregisters them
     */
    static ImageIoPlugins register(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the registry scans the context class loader
        thread.setContextClassLoader(loader);
        try {
            IIORegistry.getDefaultInstance().registerApplicationClasspathSpis();
        } finally {
            thread.setContextClassLoader(previous);
        }
        return new ImageIoPlugins(loader);
    }

    /**
     * Deregisters every plug-in whose class the web application's class loader (or one of its
     * children) defined; plug-ins of the JDK, the container and the JVM's class path stay.
     *
     * @return how many plug-ins were deregistered
     */
    int deregister() {
        if (ClassLoaders.isSystem(loader)) {
            // an embedded server whose contexts share the JVM's class path: its plug-ins live
            // as long as the JVM, and other code may use them
            return 0;
        }
        IIORegistry registry = IIORegistry.getDefaultInstance();
        int count = 0;
        for (Iterator<Class<?>> categories = registry.getCategories(); categories.hasNext();) {
            count += deregister(registry, categories.next());
        }
        return count;
    }

    private <T> int deregister(IIORegistry registry, Class<T> category) {
        List<T> local = new ArrayList<>();
        registry.getServiceProviders(category,
                p -> ClassLoaders.isWithin(p.getClass().getClassLoader(), loader), false)
                .forEachRemaining(local::add);
        local.forEach(p -> registry.deregisterServiceProvider(p, category));
        return local.size();
    }
}
