package io.github.jimagekit.servlet;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.error.ImageKitException;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import java.lang.System.Logger.Level;
import java.util.Set;

/**
 * Sets jimagekit up in every web application that has this jar in {@code WEB-INF/lib} (the JSP
 * taglib and the Thymeleaf dialect bring it): the container finds this initializer through
 * {@code META-INF/services/jakarta.servlet.ServletContainerInitializer}.
 *
 * <p>It reads the settings ({@link WebAppSettings}, in its documented order), registers the
 * application's ImageIO plug-ins, builds one {@link ImageKit} with the customizers, generator
 * libraries and source resolvers the application's class loader lists in
 * {@code META-INF/services}, keeps it in the {@code ServletContext} attribute
 * {@link ImageKit#CONTEXT_ATTRIBUTE}, maps the {@link CacheFileServlet} at
 * {@code imagekit.servlet.path} (unless {@code imagekit.servlet.enabled=false}), and adds a
 * listener that closes the kit when the application stops. A bad setting fails the deployment
 * with a message naming the key and where it was set.
 *
 * <p>When the attribute already holds a kit (an embedding application built its own), that kit
 * is used as is and not closed.
 *
 * <p>When imagekit-spring-boot-starter is on the application's class path (a Spring Boot
 * application packaged as a WAR and deployed to a container, which runs this initializer
 * too), Spring Boot sets jimagekit up from its {@code application.properties}: this initializer
 * then builds no kit and maps no servlet, so that the application has exactly one kit, the
 * starter's, whichever of the two initializers the container runs first. It still registers
 * the application's ImageIO plug-ins and deregisters them when the application stops.
 */
public final class ImageKitInitializer implements ServletContainerInitializer {

    /** The name under which the cache-file servlet is registered. */
    public static final String SERVLET_NAME = "imagekit-cache-files";

    /**
     * A class of imagekit-spring-boot-starter, named rather than referenced (that module
     * depends on this one): on the application's class path, it makes this initializer leave
     * the kit to Spring Boot.
     */
    public static final String SPRING_BOOT_STARTER =
            "io.github.jimagekit.spring.boot.ImageKitAutoConfiguration";

    private static final System.Logger LOG =
            System.getLogger(ImageKitInitializer.class.getName());

    /** Creates the initializer; the container does this. */
    public ImageKitInitializer() {
        // found with ServiceLoader
    }

    /**
     * Builds the web application's kit and registers the servlet and the listener.
     *
     * @param classes unused (no {@code HandlesTypes})
     * @param context the starting web application
     * @throws ServletException naming the setting when the configuration is bad, or when the
     *     servlet path is taken
     */
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        ImageKit existing;
        try {
            existing = ApplicationKit.find(context.getAttribute(ApplicationKit.ATTRIBUTE))
                    .orElse(null);
        } catch (IllegalStateException e) {
            throw new ServletException("jimagekit: " + e.getMessage());
        }
        ClassLoader loader = ClassLoaders.of(context);
        ImageIoPlugins plugins = ImageIoPlugins.register(loader);
        if (hasSpringBootStarter(loader)) {
            LOG.log(Level.INFO, () -> "jimagekit: imagekit-spring-boot-starter is on the class"
                    + " path of " + (context.getContextPath().isEmpty() ? "/"
                    : context.getContextPath()) + ": Spring Boot builds the kit and maps the"
                    + " cache-file servlet");
            context.addListener(new ImageKitLifecycle(null, false, plugins));
            return;
        }
        ImageKit kit;
        try {
            kit = existing != null ? existing : build(context, loader);
        } catch (ImageKitException e) {
            plugins.deregister();
            throw new ServletException("jimagekit: " + e.getMessage(), e);
        }
        // the attribute is set first: the servlet finds the kit there
        context.setAttribute(ImageKit.CONTEXT_ATTRIBUTE, kit);
        try {
            if (kit.config().get(ServletKeys.SERVLET_ENABLED)) {
                addServlet(context, kit.config().get(ServletKeys.SERVLET_PATH));
            }
        } catch (ServletException | RuntimeException e) {
            if (existing == null) {
                context.removeAttribute(ImageKit.CONTEXT_ATTRIBUTE);
                kit.close();
            }
            plugins.deregister();
            throw e;
        }
        context.addListener(new ImageKitLifecycle(kit, existing == null, plugins));
    }

    /**
     * Tells whether the application has imagekit-spring-boot-starter, without loading its
     * class (nor Spring's).
     */
    static boolean hasSpringBootStarter(ClassLoader loader) {
        return loader.getResource(SPRING_BOOT_STARTER.replace('.', '/') + ".class") != null;
    }

    private static ImageKit build(ServletContext context, ClassLoader loader) {
        ImageKitConfig config = ContainerDefaults.read(context);
        ImageKit kit = ImageKit.builder().config(config).classLoader(loader).build();
        LOG.log(Level.INFO, () -> "jimagekit started for " + (context.getContextPath().isEmpty()
                ? "/" : context.getContextPath()) + ": " + kit.registry().generators().ids().size()
                + " generators, cache files at " + config.raw(ConfigKey.STORAGE_BASE_URL));
        return kit;
    }

    private static void addServlet(ServletContext context, String path) throws ServletException {
        ServletRegistration.Dynamic servlet = context.addServlet(SERVLET_NAME,
                CacheFileServlet.class);
        if (servlet == null) {
            LOG.log(Level.INFO, () -> "a servlet named \"" + SERVLET_NAME + "\" is declared"
                    + " already; its own mapping is used");
            return;
        }
        Set<String> taken = servlet.addMapping(path);
        if (!taken.isEmpty()) {
            throw new ServletException("jimagekit: setting \"" + ServletKeys.SERVLET_PATH.name()
                    + "\": \"" + path + "\" is mapped to another servlet already; choose another"
                    + " path or set \"" + ServletKeys.SERVLET_ENABLED.name() + "\" to false");
        }
    }
}
