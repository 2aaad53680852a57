package io.github.jimagekit.jsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.servlet.EmbeddedWebApp;
import io.github.jimagekit.template.ImageTag;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ThumbnailTagTest {

    @TempDir
    static Path work;

    private static EmbeddedWebApp app;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedWebApp.photo(work.resolve("sources"), "photos/small.png",
                TestImages.gradient(50, 40));
        app = EmbeddedWebApp.withDogPhoto(work).start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static String page(String query) {
        HttpResponse<String> page = app.get("/thumbnail.jsp?" + query);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private static Element img(String query) {
        String body = page(query);
        Element img = Jsoup.parse(body).selectFirst("img");
        assertThat(img).as(body).isNotNull();
        return img;
    }

    private static BufferedImage fetch(String src) {
        HttpResponse<byte[]> r = app.getBytes(src);
        assertThat(r.statusCode()).isEqualTo(200);
        return TestImages.decode(r.body());
    }

    private static void assertServedSize(Element img, int width, int height) {
        assertThat(img.attr("width")).isEqualTo(Integer.toString(width));
        assertThat(img.attr("height")).isEqualTo(Integer.toString(height));
        BufferedImage served = fetch(img.attr("src"));
        assertThat(served.getWidth()).isEqualTo(width);
        assertThat(served.getHeight()).isEqualTo(height);
    }

    @Test
    void thumbnail_bothSidesWithAnchor_srcServesTheCropOfTheStatedSize() {
        Element img = img("geometry=200x100&src=photos/dog.jpg&anchor=tl");

        assertServedSize(img, 200, 100);
        BufferedImage served = fetch(img.attr("src"));
        assertThat(TestImages.isNear(served, 3, 3, Color.RED, 24)).isTrue();
        assertThat(TestImages.isNear(served, 196, 3, Color.GREEN, 24)).isTrue();
    }

    @Test
    void thumbnail_bottomRightAnchor_keepsTheRightHalf() {
        // 400x300 scales to 133x100; a 40-wide crop anchored right keeps green over white
        BufferedImage served = fetch(img("geometry=40x100&src=photos/dog.jpg&anchor=br")
                .attr("src"));

        assertThat(TestImages.isNear(served, 20, 5, Color.GREEN, 24)).isTrue();
        assertThat(TestImages.isNear(served, 20, 95, Color.WHITE, 24)).isTrue();
    }

    @Test
    void thumbnail_widthOnly_keepsTheAspectRatio() {
        assertServedSize(img("geometry=80x&src=photos/dog.jpg"), 80, 60);
    }

    @Test
    void thumbnail_heightOnly_keepsTheAspectRatio() {
        assertServedSize(img("geometry=x30&src=photos/dog.jpg"), 40, 30);
    }

    @Test
    void thumbnail_cropFalse_fitsInside() {
        assertServedSize(img("geometry=100x100&src=photos/dog.jpg&crop=false"), 100, 75);
    }

    @Test
    void thumbnail_autoAnchor_smartCropsToTheGeometry() {
        assertServedSize(img("geometry=90x90&src=photos/dog.jpg&anchor=auto"), 90, 90);
    }

    @Test
    void thumbnail_upscale_enlargesOnlyWhenAsked() {
        assertServedSize(img("geometry=100x80&src=photos/small.png&upscale=true"), 100, 80);
        Element plain = img("geometry=100x80&src=photos/small.png");
        assertThat(Integer.parseInt(plain.attr("width"))).isLessThanOrEqualTo(50);
        assertThat(fetch(plain.attr("src")).getWidth()).isEqualTo(
                Integer.parseInt(plain.attr("width")));
    }

    @Test
    void thumbnail_otherAttributes_passThroughEscaped() {
        String alt = "<script>alert(\"x\")</script> & 'quotes'";
        String body = page("geometry=50x50&src=photos/dog.jpg&alt="
                + java.net.URLEncoder.encode(alt, java.nio.charset.StandardCharsets.UTF_8));

        Element img = Jsoup.parse(body).selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo(alt);
        assertThat(img.attr("class")).isEqualTo("thumb");
        assertThat(img.attr("data-kind")).isEqualTo("photo");
        assertThat(body).doesNotContain("<script>")
                .contains("alt=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"
                        + " &#39;quotes&#39;\"");
        assertThat(Jsoup.parse(body).select("script")).isEmpty();
    }

    @Test
    void thumbnail_pageGivesWidth_writesNeitherGeneratedWidthNorHeight() {
        Element img = img("geometry=50x50&src=photos/dog.jpg&width=100%25");

        assertThat(img.attr("width")).isEqualTo("100%");
        assertThat(img.hasAttr("height")).isFalse();
    }

    @Test
    void thumbnail_explicitDefaultSpec_isTheSameImage() {
        Element implicit = img("geometry=64x48&src=photos/dog.jpg");
        Element explicit = img("geometry=64x48&src=photos/dog.jpg&spec=imagekit:thumbnail");

        assertThat(explicit.attr("src")).isEqualTo(implicit.attr("src"));
    }

    @Test
    void thumbnail_sameRequestAsTheSharedRenderer_writesTheSameHtml() {
        String body = page("geometry=70x70&src=photos/dog.jpg&anchor=c&alt=a+dog");

        String expected = app.kit().templates().render(ImageTag.builder().geometry("70x70")
                .source("photos/dog.jpg").argument("anchor", "c").argument("crop", null)
                .attribute("alt", "a dog").attribute("class", "thumb")
                .attribute("data-kind", "photo").build()).html();
        assertThat(body).contains(expected);
    }
}
