package io.github.jimagekit.bench.jsp;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.servlet.ImageKitInitializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.apache.jsp.JettyJasperInitializer;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;

/**
 * A JSP web application on embedded Jetty 12 with Apache Jasper and the taglib, as a user's
 * WAR would run, reached through Jetty's in-memory {@link LocalConnector}: the whole HTTP and
 * servlet path without the kernel's loopback noise. Each page is a JSP body after a header
 * that declares the {@code ik} and {@code c} tag libraries.
 */
public final class JspSite implements AutoCloseable {

    /** What every page starts with: the page directive and the two tag libraries. */
    public static final String HEADER = "<%@ page contentType=\"text/html; charset=UTF-8\" %>\n"
            + "<%@ taglib prefix=\"ik\" uri=\"https://jimagekit.github.io/tags\" %>\n"
            + "<%@ taglib prefix=\"c\" uri=\"jakarta.tags.core\" %>\n";

    private final Path dir;
    private final Server server;
    private final LocalConnector local;
    private final WebAppContext context;

    private JspSite(Path dir, Server server, LocalConnector local, WebAppContext context) {
        this.dir = dir;
        this.server = server;
        this.local = local;
        this.context = context;
    }

    /**
     * Writes the pages into a new temporary directory and starts Jetty on them.
     *
     * @param pages    JSP bodies by file name ({@code "page.jsp"}), each after {@link #HEADER}
     * @param settings {@code imagekit.*} context parameters; the storage root defaults to a
     *                 directory of the site's own
     * @return the started site
     * @throws Exception when Jetty cannot start
     */
    public static JspSite start(Map<String, String> pages, Map<String, String> settings)
            throws Exception {
        Path dir = Files.createTempDirectory("jsp-site");
        Path webapp = Files.createDirectories(dir.resolve("webapp/WEB-INF")).getParent();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(webapp.resolve(page.getKey()), HEADER + page.getValue(),
                    StandardCharsets.UTF_8);
        }
        Server server = new Server();
        LocalConnector local = new LocalConnector(server);
        server.addConnector(local);
        WebAppContext ctx = new WebAppContext();
        ctx.setContextPath("/");
        ctx.setBaseResourceAsPath(webapp);
        ctx.setTempDirectory(Files.createDirectories(dir.resolve("jetty")).toFile());
        ctx.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern",
                ".*/benchmarks\\.jar$|.*/jakarta\\.servlet\\.jsp\\.jstl-[^/]*\\.jar$"
                        + "|.*/imagekit-jsp-taglib[^/]*$|.*/target/classes/?");
        ctx.setThrowUnavailableOnStartupException(true);
        ctx.addServletContainerInitializer(new JettyJasperInitializer());
        ctx.addServletContainerInitializer(new ImageKitInitializer());
        ctx.setInitParameter("imagekit.storage.root", dir.resolve("media").toString());
        settings.forEach(ctx::setInitParameter);
        server.setHandler(ctx);
        server.start();
        return new JspSite(dir, server, local, ctx);
    }

    /**
     * Returns the application's {@code ImageKit}.
     *
     * @return the kit the initializer put in the servlet context
     */
    public ImageKit kit() {
        return (ImageKit) context.getServletContext().getAttribute(ImageKit.CONTEXT_ATTRIBUTE);
    }

    /**
     * Sets a servlet-context attribute, for pages to read through {@code applicationScope}.
     *
     * @param name  the attribute name
     * @param value its value
     */
    public void attribute(String name, Object value) {
        context.getServletContext().setAttribute(name, value);
    }

    /**
     * Returns a request for a page, closing its connection (kept-alive local connections would
     * pile up over a benchmark's iterations).
     *
     * @param pathAndQuery for example {@code "/page.jsp?src=a.jpg"}
     * @return the raw HTTP request
     */
    public static String request(String pathAndQuery) {
        return "GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    }

    /**
     * Sends a raw request.
     *
     * @param request from {@link #request}
     * @return the raw response, status line first
     * @throws Exception when the request fails
     */
    public String send(String request) throws Exception {
        return local.getResponse(request);
    }

    /**
     * Gets a page and returns its body, failing unless the status is 200.
     *
     * @param pathAndQuery for example {@code "/page.jsp"}
     * @return the response body
     * @throws Exception when the request fails or the status is not 200
     */
    public String get(String pathAndQuery) throws Exception {
        String response = send(request(pathAndQuery));
        if (!response.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException(pathAndQuery + " failed:\n" + response);
        }
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    /** Stops Jetty and deletes the site's directory. */
    @Override
    public void close() throws Exception {
        server.stop();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing a run for
        }
    }

    /**
     * Counts the occurrences of a part in a text.
     *
     * @param text the text
     * @param part what to count
     * @return how many times part occurs
     */
    public static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
