package io.github.jimagekit.servlet;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.testing.TestImages;
import jakarta.servlet.ServletContainerInitializer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The test web application ({@code src/test/webapp} of the module under test) on embedded
 * Jetty 12, listening on a free loopback port. Its sources are photos made in code in a
 * temporary directory, passed with context parameters as a deployer would.
 *
 * <p>The container's initializers are those the test class path lists in
 * {@code META-INF/services/jakarta.servlet.ServletContainerInitializer}, as a container adds
 * those of its own class path: with {@code jetty-ee10-apache-jsp} on it (the JSP taglib's
 * tests), Apache Jasper renders JSPs. jimagekit's own initializer is added unless
 * {@link Builder#withoutInitializer()}. Published in this module's test-jar.
 */
public final class EmbeddedWebApp implements AutoCloseable {

    private final Server server;
    private final WebAppContext context;
    private final ServerConnector connector;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).build();

    private EmbeddedWebApp(Server server, WebAppContext context, ServerConnector connector) {
        this.server = server;
        this.context = context;
        this.connector = connector;
    }

    /**
     * Starts a builder.
     *
     * @param work a temporary directory for sources, cache files and Jetty's work files
     * @return the builder
     */
    public static Builder builder(Path work) {
        return new Builder(work);
    }

    /**
     * Starts a builder for the usual set-up: a 400x300 quadrants photo {@code photos/dog.jpg}
     * in {@code work/sources} (the source root), cache files in {@code work/media}.
     *
     * @param work a temporary directory
     * @return the builder, with the two roots set as context parameters
     */
    public static Builder withDogPhoto(Path work) {
        Path sources = work.resolve("sources");
        photo(sources, "photos/dog.jpg", TestImages.quadrants(400, 300));
        return builder(work).parameter("imagekit.source.root", sources.toString())
                .parameter("imagekit.storage.root", work.resolve("media").toString());
    }

    /**
     * Writes a PNG photo into a source directory.
     *
     * @param sources the source root
     * @param name    the storage name
     * @param image   the picture
     * @return the path written
     */
    public static Path photo(Path sources, String name, BufferedImage image) {
        try {
            Path p = sources.resolve(name);
            Files.createDirectories(p.getParent());
            String format = name.endsWith(".png") ? "png" : "jpeg";
            return Files.write(p, TestImages.encode(image, format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the web application's kit.
     *
     * @return the kit the initializer stored in the {@code ServletContext}
     */
    public ImageKit kit() {
        return (ImageKit) context.getServletContext().getAttribute(ImageKit.CONTEXT_ATTRIBUTE);
    }

    /**
     * Returns the Jetty web application.
     *
     * @return the context
     */
    public WebAppContext context() {
        return context;
    }

    /**
     * Returns an absolute URI on this server.
     *
     * @param path a path starting with {@code /}, including the context path
     * @return the URI
     */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + path);
    }

    /**
     * Fetches a page.
     *
     * @param path    the path, with the context path
     * @param headers header names and values, alternating
     * @return the response
     */
    public HttpResponse<String> get(String path, String... headers) {
        return send(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), headers);
    }

    /**
     * Fetches a file.
     *
     * @param path    the path, with the context path
     * @param headers header names and values, alternating
     * @return the response
     */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(path, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    /**
     * Sends a HEAD request.
     *
     * @param path the path, with the context path
     * @return the response
     */
    public HttpResponse<Void> head(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request target exactly as given, bypassing URI normalization: for traversal
     * attempts no well-behaved client would send.
     *
     * @param target the request target
     * @return the status code and the body, as one text
     */
    public String raw(String target) {
        try (Socket s = new Socket("127.0.0.1", connector.getLocalPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the web application (as an undeploy does), leaving the server up.
     *
     * @throws Exception when Jetty fails to stop it
     */
    public void stopContext() throws Exception {
        context.stop();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> handler,
            String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(b.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Configures and starts an {@link EmbeddedWebApp}. */
    public static final class Builder {

        private final Path work;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, Object> attributes = new LinkedHashMap<>();
        private String contextPath = "/";
        private boolean initializer = true;
        private Consumer<WebAppContext> customizer = c -> { };
        private boolean lenientUris;

        private Builder(Path work) {
            this.work = work;
        }

        /**
         * Sets a context init parameter, as {@code <context-param>} in {@code web.xml} would.
         *
         * @param name  the name
         * @param value the value
         * @return this builder
         */
        public Builder parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        /**
         * Sets a context attribute before the application starts.
         *
         * @param name  the name
         * @param value the value
         * @return this builder
         */
        public Builder attribute(String name, Object value) {
            attributes.put(name, value);
            return this;
        }

        /**
         * Sets the context path.
         *
         * @param value such as {@code "/shop"}; {@code "/"} by default
         * @return this builder
         */
        public Builder contextPath(String value) {
            this.contextPath = value;
            return this;
        }

        /**
         * Leaves the jimagekit initializer out, as a web application without the
         * imagekit-servlet jar would run.
         *
         * @return this builder
         */
        public Builder withoutInitializer() {
            this.initializer = false;
            return this;
        }

        /**
         * Lets ambiguous request paths ({@code %2e%2e}, {@code %2f}, {@code //}, backslashes)
         * through to the web application instead of refusing them in Jetty, as a container
         * with looser defaults would: so the application's own checks are what is tested.
         *
         * @return this builder
         */
        public Builder lenientUris() {
            this.lenientUris = true;
            return this;
        }

        /**
         * Adjusts the Jetty context before it starts.
         *
         * @param value the adjustment
         * @return this builder
         */
        public Builder customize(Consumer<WebAppContext> value) {
            this.customizer = value;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running web application
         * @throws Exception when Jetty or the web application fails to start
         */
        public EmbeddedWebApp start() throws Exception {
            Server server = new Server();
            HttpConfiguration http = new HttpConfiguration();
            if (lenientUris) {
                http.setUriCompliance(UriCompliance.UNSAFE);
            }
            ServerConnector connector = new ServerConnector(server,
                    new HttpConnectionFactory(http));
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            WebAppContext ctx = new WebAppContext();
            ctx.setContextPath(contextPath);
            ctx.setBaseResourceAsPath(Path.of("src/test/webapp").toAbsolutePath());
            ctx.setTempDirectory(Files.createDirectories(work.resolve("jetty")).toFile());
            ctx.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern",
                    ".*/jakarta\\.servlet\\.jsp\\.jstl-[^/]*\\.jar$|.*/target/classes/?");
            ctx.setThrowUnavailableOnStartupException(true);
            for (ServletContainerInitializer c
                    : ServiceLoader.load(ServletContainerInitializer.class)) {
                if (!(c instanceof ImageKitInitializer)) {
                    ctx.addServletContainerInitializer(c);
                }
            }
            if (initializer) {
                ctx.addServletContainerInitializer(new ImageKitInitializer());
            }
            if (lenientUris) {
                ctx.getServletHandler().setDecodeAmbiguousURIs(true);
            }
            parameters.forEach(ctx::setInitParameter);
            attributes.forEach(ctx::setAttribute);
            customizer.accept(ctx);
            server.setHandler(ctx);
            try {
                server.start();
            } catch (Exception e) {
                server.stop();
                throw e;
            }
            return new EmbeddedWebApp(server, ctx, connector);
        }
    }
}
