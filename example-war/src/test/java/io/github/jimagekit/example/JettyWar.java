package io.github.jimagekit.example;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.jsp.ImageTagSupport;
import io.github.jimagekit.servlet.ImageKitInitializer;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.thymeleaf.ImageKitDialect;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.util.ClassMatcher;

/**
 * A WAR file deployed on embedded Jetty 12 as a Jetty server deploys one: unpacked, its own
 * class loader over {@code WEB-INF/classes} and {@code WEB-INF/lib}, and the
 * {@code ServletContainerInitializer}s of its jars found by annotation scanning (jimagekit's,
 * the gallery's, and Jasper's from the server's class path). Listens on a free loopback port.
 */
final class JettyWar implements Site, AutoCloseable {

    private final LoopbackJetty jetty;

    private JettyWar(LoopbackJetty jetty) {
        this.jetty = jetty;
    }

    /**
     * Deploys a WAR.
     *
     * @param war        the WAR file
     * @param work       a directory for Jetty's files
     * @param parameters context parameters, as a deployer's context XML would set them
     * @return the running server
     * @throws Exception when it does not start
     */
    static JettyWar start(Path war, Path work, Map<String, String> parameters) throws Exception {
        WebAppContext ctx = new WebAppContext();
        ctx.setContextPath("/");
        ctx.setWar(war.toString());
        ctx.setTempDirectory(Files.createDirectories(work).toFile());
        ctx.addConfiguration(new AnnotationConfiguration());
        ctx.addHiddenClassMatcher(testClassPath());
        ctx.setThrowUnavailableOnStartupException(true);
        parameters.forEach(ctx::setInitParameter);
        return new JettyWar(LoopbackJetty.start(ctx));
    }

    /**
     * The locations of jimagekit and the gallery on this test's class path (the WAR brings its
     * own copies), hidden from the web application as a real server's class path would not
     * have them: otherwise their {@code META-INF/services} would reach the WAR's class loader.
     */
    private static ClassMatcher testClassPath() {
        ClassMatcher hidden = new ClassMatcher();
        for (Class<?> c : List.of(ImageKit.class, TestImages.class, ImageKitInitializer.class,
                ImageTagSupport.class, ImageKitDialect.class, GalleryInitializer.class,
                JettyWar.class)) {
            hidden.add(c.getProtectionDomain().getCodeSource().getLocation().toString());
        }
        return hidden;
    }

    @Override
    public URI uri(String path) {
        return jetty.uri(path);
    }

    @Override
    public void close() throws Exception {
        jetty.close();
    }
}
