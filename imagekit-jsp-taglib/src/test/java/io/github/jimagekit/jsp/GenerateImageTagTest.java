package io.github.jimagekit.jsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.servlet.EmbeddedWebApp;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GenerateImageTagTest {

    @TempDir
    static Path work;

    private static EmbeddedWebApp app;

    @BeforeAll
    static void start() throws Exception {
        app = EmbeddedWebApp.withDogPhoto(work).start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static Document page(String path) {
        HttpResponse<String> page = app.get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static HttpResponse<byte[]> fetch(String src) {
        HttpResponse<byte[]> r = app.getBytes(src);
        assertThat(r.statusCode()).isEqualTo(200);
        return r;
    }

    @Test
    void generateimage_spec_writesImgInDjangoOrderAndServesTheSpecOutput() {
        String alt = "Ann & <Bob>";
        Element img = page("/generate.jsp?spec=tests:avatar&src=photos/dog.jpg&alt="
                + URLEncoder.encode(alt, StandardCharsets.UTF_8)).selectFirst("img");

        assertThat(img.attributes().asList()).extracting(a -> a.getKey())
                .containsExactly("src", "width", "height", "alt", "class", "loading");
        assertThat(img.attr("alt")).isEqualTo(alt);
        assertThat(img.attr("width")).isEqualTo("60");
        assertThat(img.attr("height")).isEqualTo("60");
        HttpResponse<byte[]> file = fetch(img.attr("src"));
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage served = TestImages.decode(file.body());
        assertThat(served.getWidth()).isEqualTo(60);
        assertThat(served.getHeight()).isEqualTo(60);
    }

    @Test
    void varForm_writesNoImgAndExposesTheCacheFile() {
        Document doc = page("/var.jsp?src=photos/dog.jpg");

        assertThat(doc.select("img")).isEmpty();
        Element thumb = doc.getElementById("thumb");
        assertThat(thumb.attr("href")).startsWith("/media/CACHE/images/photos/dog/");
        assertThat(thumb.attr("data-width")).isEqualTo("120");
        assertThat(thumb.attr("data-height")).isEqualTo("80");
        assertThat(thumb.attr("data-ready")).isEqualTo("true");
        BufferedImage served = TestImages.decode(fetch(thumb.attr("href")).body());
        assertThat(served.getWidth()).isEqualTo(120);
        assertThat(served.getHeight()).isEqualTo(80);
        Element avatar = doc.getElementById("avatar");
        assertThat(avatar.attr("data-width")).isEqualTo("60");
        assertThat(fetch(avatar.attr("href")).body()).isNotEmpty();
    }

    @Test
    void params_nestedAndMapArguments_reachTheGenerator() {
        Document doc = page("/params.jsp?src=photos/dog.jpg&width=40");

        assertImage(doc.getElementById("nested"), 40, 30);
        assertImage(doc.getElementById("map"), 30, 22);
        assertImage(doc.getElementById("override"), 20, 15);
    }

    private static void assertImage(Element img, int width, int height) {
        assertThat(img.attr("width")).isEqualTo(Integer.toString(width));
        assertThat(img.attr("height")).isEqualTo(Integer.toString(height));
        BufferedImage served = TestImages.decode(fetch(img.attr("src")).body());
        assertThat(served.getWidth()).isEqualTo(width);
        assertThat(served.getHeight()).isEqualTo(height);
    }
}
