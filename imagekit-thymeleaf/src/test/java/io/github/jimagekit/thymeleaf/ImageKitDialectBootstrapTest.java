package io.github.jimagekit.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.servlet.ImageKitInitializer;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Thymeleaf application set up by imagekit-servlet alone, without the JSP taglib: its
 * initializer builds the kit from context parameters and maps the cache-file servlet, and the
 * no-argument dialect finds the kit.
 */
final class ImageKitDialectBootstrapTest {

    @TempDir
    Path root;
    @TempDir
    Path webapp;

    @Test
    void classPath_hasNoJspTaglib() {
        assertThatThrownBy(() -> Class.forName("io.github.jimagekit.jsp.ImageTagSupport"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void get_pageOfAnApplicationBootstrappedByImagekitServlet_servesTheThumbnail()
            throws Exception {
        Path sources = root.resolve("sources");
        Files.createDirectories(sources.resolve("photos"));
        Files.write(sources.resolve(TestKit.DOG), TestImages.encode(TestImages.quadrants(400,
                300), "png"));
        Path templates = Files.createDirectories(webapp.resolve("WEB-INF/templates"));
        Files.writeString(templates.resolve("photo.html"),
                "<img ik:src=\"${photo}\" ik:geometry=\"80x60\" alt=\"dog\">");
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler ctx = new ServletContextHandler("/shop");
        ctx.setBaseResourceAsPath(webapp);
        ctx.setInitParameter("imagekit.source.root", sources.toString());
        ctx.setInitParameter("imagekit.storage.root", root.resolve("media").toString());
        ctx.setInitParameter("imagekit.cache.backend", "memory");
        ctx.addServletContainerInitializer(new ImageKitInitializer());
        ctx.addServlet(new ServletHolder(new TemplateServlet(Map.of("photo", TestKit.DOG))),
                "/pages/*");
        server.setHandler(ctx);
        server.start();
        try {
            String base = "http://127.0.0.1:" + connector.getLocalPort();
            Element img = Jsoup.parse(get(base + "/shop/pages/photo").body()).selectFirst("img");

            assertThat(ctx.getServletContext().getAttribute(ImageKit.CONTEXT_ATTRIBUTE))
                    .isInstanceOf(ImageKit.class);
            assertThat(img.attr("src")).startsWith("/shop/media/CACHE/images/photos/dog/");
            assertThat(img.attr("width")).isEqualTo("80");
            BufferedImage served = TestImages.decode(HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + img.attr("src"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body());
            assertThat(served.getWidth()).isEqualTo(80);
            assertThat(served.getHeight()).isEqualTo(60);
        } finally {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }
}
