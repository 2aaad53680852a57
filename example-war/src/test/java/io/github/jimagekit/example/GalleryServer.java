package io.github.jimagekit.example;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.servlet.ImageKitInitializer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.apache.jsp.JettyJasperInitializer;
import org.eclipse.jetty.ee10.webapp.WebAppContext;

/**
 * The gallery ({@code src/main/webapp} with its {@code web.xml}) on embedded Jetty 12 with
 * Apache Jasper, on a free loopback port: the fast way to test it. The initializers run in the
 * order a container runs them (the JSP engine's, then {@code WEB-INF/classes}' gallery
 * initializer, then the jimagekit jar's), and the folders are context parameters, as a
 * deployer would set them. Start-up pregeneration is off unless asked for, so that tests
 * count generations exactly.
 */
final class GalleryServer implements Site, AutoCloseable {

    private final LoopbackJetty jetty;
    private final WebAppContext context;

    private GalleryServer(LoopbackJetty jetty, WebAppContext context) {
        this.jetty = jetty;
        this.context = context;
    }

    /**
     * Starts the gallery.
     *
     * @param work       a temporary directory: Jetty's files, and the gallery's work directory
     * @param parameters more context parameters, names and values alternating
     * @return the running gallery
     * @throws Exception when it does not start
     */
    static GalleryServer start(Path work, String... parameters) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(GallerySettings.WORK_DIR, work.resolve("gallery").toString());
        params.put("imagekit.pregenerate", "");
        for (int i = 0; i < parameters.length; i += 2) {
            params.put(parameters[i], parameters[i + 1]);
        }
        WebAppContext ctx = new WebAppContext();
        ctx.setContextPath("/");
        ctx.setBaseResourceAsPath(Path.of("src/main/webapp").toAbsolutePath());
        ctx.setTempDirectory(Files.createDirectories(work.resolve("jetty")).toFile());
        ctx.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern",
                ".*/jakarta\\.servlet\\.jsp\\.jstl-[^/]*\\.jar$"
                        + "|.*/imagekit-jsp-taglib[^/]*\\.jar$"
                        + "|.*/imagekit-jsp-taglib/target/classes/?");
        ctx.setThrowUnavailableOnStartupException(true);
        ctx.addServletContainerInitializer(new JettyJasperInitializer());
        ctx.addServletContainerInitializer(new GalleryInitializer());
        ctx.addServletContainerInitializer(new ImageKitInitializer());
        params.forEach(ctx::setInitParameter);
        return new GalleryServer(LoopbackJetty.start(ctx), ctx);
    }

    /**
     * Returns the gallery's kit.
     *
     * @return the kit jimagekit's initializer built
     */
    ImageKit kit() {
        return (ImageKit) context.getServletContext().getAttribute(ImageKit.CONTEXT_ATTRIBUTE);
    }

    /**
     * Returns the gallery's settings.
     *
     * @return the folders the gallery initializer chose
     */
    GallerySettings settings() {
        return (GallerySettings) context.getServletContext()
                .getAttribute(GallerySettings.ATTRIBUTE);
    }

    /**
     * Returns an absolute URI on this server.
     *
     * @param path a path starting with {@code /}
     * @return the URI
     */
    @Override
    public URI uri(String path) {
        return jetty.uri(path);
    }

    @Override
    public void close() throws Exception {
        jetty.close();
    }
}
