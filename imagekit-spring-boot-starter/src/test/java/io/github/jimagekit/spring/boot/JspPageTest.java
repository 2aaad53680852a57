package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * JSP in a Spring Boot application: with imagekit-jsp-taglib and Jasper
 * ({@code tomcat-embed-jasper}) on the class path, Boot's embedded Tomcat compiles a JSP page
 * (here from {@code META-INF/resources/WEB-INF/jsp/}), and its {@code <ik:thumbnail>} tags find
 * the starter's kit in the {@code ServletContext}: nothing else to set up.
 */
@SpringBootTest(classes = JspPageTest.JspApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "imagekit.cache.backend=memory"})
final class JspPageTest extends GalleryServer {

    /** A Boot application with one JSP page. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ThumbnailPage.class)
    static class JspApplication {
    }

    /** Renders the JSP page with a photo. */
    @Controller
    static class ThumbnailPage {

        @GetMapping("/thumbnail")
        String page(Model model) {
            model.addAttribute("photo", GalleryApplication.PHOTOS.get(0));
            return "forward:/WEB-INF/jsp/thumbnail.jsp";
        }
    }

    @Test
    void jspPage_ikThumbnailTags_renderWithTheStartersKit() throws Exception {
        HttpResponse<byte[]> page = get("/thumbnail");
        String body = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.statusCode()).as(body).isEqualTo(200);
        Document html = Jsoup.parse(body);

        assertThat(body).doesNotContain("ik:thumbnail");
        Element tag = html.selectFirst("img.thumb");
        assertThat(tag.attr("alt")).isEqualTo("A wide photo");
        assertThat(tag.attr("width") + "x" + tag.attr("height")).isEqualTo("40x30");
        Element var = html.getElementById("var-form");
        assertThat(var.attr("width") + "x" + var.attr("height")).isEqualTo("25x12");
        for (Element img : html.select("img")) {
            assertThat(img.attr("src")).startsWith("/media/CACHE/images/photos/wide/");
            HttpResponse<byte[]> image = get(img.attr("src"));
            assertThat(image.statusCode()).as(img.attr("src")).isEqualTo(200);
            BufferedImage decoded = TestImages.decode(image.body());
            assertThat(decoded.getWidth() + "x" + decoded.getHeight()).as(img.attr("src"))
                    .isEqualTo(img.attr("width") + "x" + img.attr("height"));
        }
    }
}
