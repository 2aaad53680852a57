package io.github.jimagekit.example;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.servlet.ImageKitInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.apache.jsp.JettyJasperInitializer;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The gallery ({@code src/main/webapp} with its {@code web.xml}) on embedded Jetty 12 with
 * Apache Jasper, on a free loopback port: the fast way to test it. The initializers run in the
 * order a container runs them (the JSP engine's, then {@code WEB-INF/classes}' gallery
 * initializer, then the jimagekit jar's), and the folders are context parameters, as a
 * deployer would set them. Start-up pregeneration is off unless asked for, so that tests
 * count generations exactly.
 */
final class GalleryServer implements AutoCloseable {

    private final Server server;
    private final WebAppContext context;
    private final ServerConnector connector;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).build();

    private GalleryServer(Server server, WebAppContext context, ServerConnector connector) {
        this.server = server;
        this.context = context;
        this.connector = connector;
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
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebAppContext ctx = new WebAppContext();
        ctx.setContextPath("/");
        ctx.setBaseResourceAsPath(Path.of("src/main/webapp").toAbsolutePath());
        ctx.setTempDirectory(Files.createDirectories(work.resolve("jetty")).toFile());
        ctx.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern",
                ".*/jakarta\\.servlet\\.jsp\\.jstl-[^/]*\\.jar$"
                        + "|.*/imagekit-jsp-taglib[^/]*\\.jar$|.*/imagekit-jsp-taglib/target/classes/?");
        ctx.setThrowUnavailableOnStartupException(true);
        ctx.addServletContainerInitializer(new JettyJasperInitializer());
        ctx.addServletContainerInitializer(new GalleryInitializer());
        ctx.addServletContainerInitializer(new ImageKitInitializer());
        params.forEach(ctx::setInitParameter);
        server.setHandler(ctx);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new GalleryServer(server, ctx, connector);
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
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + path);
    }

    /**
     * Fetches a page.
     *
     * @param path the path
     * @return the response
     */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Fetches a file.
     *
     * @param path the path
     * @return the response
     */
    HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends a request.
     *
     * @param request the request
     * @param handler the body handler
     * @return the response (redirects are not followed)
     */
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
