package io.github.jimagekit.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.template.ImageTagException;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The dialect in a servlet application on embedded Jetty 12: the kit in the
 * {@code ServletContext}, templates resolved from the web application, the cache files served
 * under {@code /media/}.
 */
final class ImageKitDialectServletTest {

    static final List<DialectCases.Case> CASES = DialectCases.all();

    @TempDir
    static Path root;
    @TempDir
    static Path webapp;
    static ImageKit kit;
    static Server server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        kit = TestKit.create(root, "fail", TestKit.broken(root));
        Path templates = Files.createDirectories(webapp.resolve("WEB-INF/templates"));
        for (int i = 0; i < CASES.size(); i++) {
            Files.writeString(templates.resolve("case-" + i + ".html"),
                    Pages.OPEN + CASES.get(i).template() + "</div>");
        }
        Files.writeString(templates.resolve("gallery.html"), """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org"
                      xmlns:ik="https://jimagekit.github.io/thymeleaf">
                <body>
                <img th:each="p : ${photos}" ik:src="${p}" ik:geometry="120x90" th:alt="${p}">
                <a th:with="th=${#imagekit.thumbnail(photo, '50x')}" th:href="${th.url}"><img
                   th:src="${th.url}" th:width="${th.width}" th:height="${th.height}"></a>
                </body>
                </html>
                """);
        Files.copy(ImageKitDialectServletTest.class.getResourceAsStream(
                "/templates/spring/hundred.html"), templates.resolve("hundred.html"));
        Files.writeString(templates.resolve("broken.html"),
                "<p>before</p>\n<img ik:src=\"${photo}\" ik:spec=\"'app:nope'\">");
        Files.writeString(templates.resolve("failing.html"),
                "<p>before</p>\n<img ik:src=\"${photo}\" ik:spec=\"'app:broken'\">");
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new ContextHandlerCollection(context("/", kit),
                context("/nokit", null)));
        server.start();
    }

    private static ServletContextHandler context(String path, ImageKit kit) {
        ServletContextHandler ctx = new ServletContextHandler(path);
        ctx.setBaseResourceAsPath(webapp);
        // as a production server is set up: error pages without stack traces (Jetty's servlet
        // error pages still list each cause's message)
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.setShowStacks(false);
        ctx.setErrorHandler(errors);
        if (kit != null) {
            ctx.setAttribute(ImageKit.CONTEXT_ATTRIBUTE, kit);
        }
        Map<String, Object> model = new HashMap<>(DialectCases.variables());
        model.put("photos", List.of(TestKit.DOG, TestKit.CAT));
        ctx.addServlet(new ServletHolder(new TemplateServlet(model)), "/pages/*");
        ServletHolder media = new ServletHolder("media", DefaultServlet.class);
        media.setInitParameter("baseResource", root.toUri().toString());
        media.setInitParameter("pathInfoOnly", "true");
        media.setInitParameter("dirAllowed", "false");
        ctx.addServlet(media, "/media/*");
        return ctx;
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        kit.close();
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document page(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    /** Fetches an image's src and checks it is an image of the size the element states. */
    private static void assertServedAtItsSize(Element img) throws Exception {
        HttpResponse<byte[]> r = get(img.attr("src"));
        assertThat(r.statusCode()).as(img.attr("src")).isEqualTo(200);
        BufferedImage image = TestImages.decode(r.body());
        if (img.hasAttr("width") && img.hasAttr("height")) {
            assertThat(image.getWidth()).isEqualTo(Integer.parseInt(img.attr("width")));
            assertThat(image.getHeight()).isEqualTo(Integer.parseInt(img.attr("height")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void get_case_givesExpectedHtmlAndServesTheImage(DialectCases.Case c) throws Exception {
        Document page = page("/pages/case-" + CASES.indexOf(c));

        ImageCacheFile file = c.file().apply(kit);
        assertThat(Html.canonical(page.body().child(0).html()))
                .isEqualTo(Html.canonical(c.expected().replace("{src}", file.url())));
        assertServedAtItsSize(page.selectFirst("img"));
    }

    @Test
    void get_gallery_servesEveryImageAtItsSize() throws Exception {
        Document cold = page("/pages/gallery");
        List<Element> imgs = cold.select("img");
        assertThat(imgs).hasSize(3);
        assertThat(imgs.get(0).attr("src")).isEqualTo(kit.thumbnail(TestKit.DOG, "120x90").url());
        assertThat(imgs.get(2).attr("width")).isEqualTo("50");
        assertThat(imgs.get(2).attr("height")).isEqualTo("38");
        assertThat(cold.selectFirst("a").attr("href")).isEqualTo(imgs.get(2).attr("src"));
        for (Element img : imgs) {
            assertServedAtItsSize(img);
        }
    }

    @Test
    void get_warmPageOf100Images_makesNoStorageCall() {
        TestKit.assertWarmRenderMakesNoStorageCall(kit, 100, () -> {
            try {
                return page("/pages/hundred").html();
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Fetches a page that must fail and returns Jetty's error page. */
    private static String errorPage(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(500);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void get_brokenImage_isA500WithoutStackTraceOrPath() throws Exception {
        String body = errorPage("/pages/broken");

        assertThat(body).contains("TemplateProcessingException: cannot render image of spec"
                + " &quot;app:nope&quot; for source &quot;photos/dog.png&quot;: generator"
                + " &quot;app:nope&quot; is not registered")
                .contains("(template: &quot;broken&quot; - line 2, col 6)")
                .doesNotContain(root.toString()).doesNotContain(webapp.toString())
                .doesNotContain("at io.github").doesNotContain("at org.thymeleaf");
    }

    @Test
    void get_failedGeneration_errorPageNamesTheFailureButNothingBelowIt() throws Exception {
        String body = errorPage("/pages/failing");

        assertThat(body).contains("<th>CAUSED BY:</th><td>"
                + ImageTagException.class.getName() + ": cannot render image of spec"
                + " &quot;app:broken&quot; for source &quot;photos/dog.png&quot;: spec"
                + " &quot;app:broken&quot;: source &quot;photos/dog.png&quot;: processing failed:"
                + " IllegalStateException</td>")
                .doesNotContain(root.toString()).doesNotContain("GenerationFailedException")
                .doesNotContain("at io.github").doesNotContain("at org.thymeleaf");
    }

    @Test
    void get_applicationWithoutKit_isA500() throws Exception {
        assertThat(errorPage("/nokit/pages/case-0"))
                .contains("no ImageKit in the ServletContext attribute"
                        + " &quot;io.github.jimagekit.ImageKit&quot;: put imagekit-servlet in"
                        + " WEB-INF/lib")
                .doesNotContain("at org.thymeleaf");
    }
}
