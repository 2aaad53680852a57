package io.github.jimagekit.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The dialect in a Spring MVC application on embedded Jetty 12: a controller, a
 * {@link ThymeleafViewResolver}, the kit a bean given to the dialect, classpath templates in
 * SpEL, and the images served under {@code /media/}.
 */
final class ImageKitDialectMvcSpringTest {

    @TempDir
    static Path root;
    static ImageKit kit;
    static Server server;
    static HttpClient http = HttpClient.newHttpClient();

    /** The gallery page. */
    @Controller
    static class GalleryController {

        @GetMapping("/gallery")
        String gallery(Model model) {
            model.addAttribute("title", "Photos & <friends>");
            model.addAttribute("photos", List.of(TestKit.DOG, TestKit.CAT));
            return "gallery";
        }

        @GetMapping("/hundred")
        String hundred(Model model) {
            model.addAttribute("photos", List.of(TestKit.DOG, TestKit.CAT));
            return "hundred";
        }
    }

    /** The MVC configuration an application would write. */
    @Configuration
    @EnableWebMvc
    static class Web {

        @Bean(destroyMethod = "")
        ImageKit imageKit() {
            return kit;
        }

        @Bean
        SpringResourceTemplateResolver templateResolver() {
            SpringResourceTemplateResolver r = new SpringResourceTemplateResolver();
            r.setPrefix("classpath:/templates/spring/");
            r.setSuffix(".html");
            r.setTemplateMode(TemplateMode.HTML);
            r.setCharacterEncoding("UTF-8");
            return r;
        }

        @Bean
        SpringTemplateEngine templateEngine(SpringResourceTemplateResolver resolver,
                ImageKit imageKit) {
            SpringTemplateEngine e = new SpringTemplateEngine();
            e.setTemplateResolver(resolver);
            e.setEnableSpringELCompiler(true);
            e.addDialect(new ImageKitDialect(imageKit));
            return e;
        }

        @Bean
        ThymeleafViewResolver viewResolver(SpringTemplateEngine engine) {
            ThymeleafViewResolver v = new ThymeleafViewResolver();
            v.setTemplateEngine(engine);
            v.setCharacterEncoding("UTF-8");
            return v;
        }

        @Bean
        GalleryController galleryController() {
            return new GalleryController();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        kit = TestKit.create(root, "fail");
        AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
        spring.register(Web.class);
        ServletContextHandler ctx = new ServletContextHandler("/");
        ctx.addServlet(new ServletHolder(new DispatcherServlet(spring)), "/");
        ServletHolder media = new ServletHolder("media", DefaultServlet.class);
        media.setInitParameter("baseResource", root.toUri().toString());
        media.setInitParameter("pathInfoOnly", "true");
        ctx.addServlet(media, "/media/*");
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(ctx);
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        kit.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void get_gallery_rendersEveryFormAndServesTheImages() throws Exception {
        HttpResponse<byte[]> r = get("/gallery");
        assertThat(r.statusCode()).isEqualTo(200);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(body);

        assertThat(body).contains("<h1>Photos &amp; &lt;friends&gt;</h1>")
                .doesNotContain("ik:").doesNotContain("xmlns:ik");
        List<Element> imgs = page.select("img");
        assertThat(imgs).hasSize(4);
        assertThat(imgs.get(0).attr("src")).isEqualTo(kit.thumbnail(TestKit.DOG, "120x90").url());
        assertThat(imgs.get(1).attr("alt")).isEqualTo(TestKit.CAT);
        assertThat(imgs.get(2).attr("src")).isEqualTo(kit.cacheFile("app:square",
                Map.of("source", TestKit.DOG, "side", 33)).url());
        assertThat(imgs.get(2).attr("class")).isEqualTo("square");
        assertThat(imgs.get(3).attr("width")).isEqualTo("50");
        for (Element img : imgs) {
            HttpResponse<byte[]> image = get(img.attr("src"));
            assertThat(image.statusCode()).as(img.attr("src")).isEqualTo(200);
            BufferedImage decoded = TestImages.decode(image.body());
            assertThat(decoded.getWidth()).isEqualTo(Integer.parseInt(img.attr("width")));
            assertThat(decoded.getHeight()).isEqualTo(Integer.parseInt(img.attr("height")));
        }
    }

    @Test
    void get_warmPageOf100Images_makesNoStorageCall() {
        TestKit.assertWarmRenderMakesNoStorageCall(kit, 100, () -> {
            try {
                HttpResponse<byte[]> r = get("/hundred");
                assertThat(r.statusCode()).isEqualTo(200);
                return new String(r.body(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
