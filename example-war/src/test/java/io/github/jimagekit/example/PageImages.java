package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every {@code <img>} of a page as a browser would load it: each {@code src} answers
 * 200 with an image content type, decodes, and is exactly as large as the element's
 * {@code width} and {@code height} say. The fallback picture (shown for photos that cannot be
 * made into images) has to load too; its attributes, when it has any, are the geometry's, not
 * its own size, so they are not compared. Used by the WAR's tests and by example-boot's (this
 * module's test-jar).
 */
public final class PageImages {

    /**
     * One image checked.
     *
     * @param src      the URL
     * @param width    the decoded width
     * @param height   the decoded height
     * @param fallback whether it is the fallback picture
     */
    public record Image(String src, int width, int height, boolean fallback) {
    }

    private PageImages() {
    }

    /**
     * Checks a page's images.
     *
     * @param html     the page
     * @param fetch    fetches a path (with the context path)
     * @param fallback the fallback picture's URL
     * @return the images, by {@code src} (each fetched once)
     */
    public static Map<String, Image> check(String html,
            Function<String, HttpResponse<byte[]>> fetch, String fallback) {
        Document doc = Jsoup.parse(html);
        Map<String, Image> checked = new LinkedHashMap<>();
        List<Element> imgs = new ArrayList<>(doc.select("img"));
        assertThat(imgs).as("images on the page").isNotEmpty();
        for (Element img : imgs) {
            String src = img.attr("src");
            boolean isFallback = src.equals(fallback);
            if (!isFallback) {
                assertThat(img.hasAttr("width") && img.hasAttr("height"))
                        .as("width and height on %s", img).isTrue();
            }
            Image seen = checked.computeIfAbsent(src, s -> load(s, fetch, isFallback));
            if (!isFallback) {
                assertThat(seen.width()).as("decoded width of %s", src)
                        .isEqualTo(Integer.parseInt(img.attr("width")));
                assertThat(seen.height()).as("decoded height of %s", src)
                        .isEqualTo(Integer.parseInt(img.attr("height")));
            }
        }
        return checked;
    }

    private static Image load(String src, Function<String, HttpResponse<byte[]>> fetch,
            boolean fallback) {
        HttpResponse<byte[]> r = fetch.apply(src);
        assertThat(r.statusCode()).as("status of %s", src).isEqualTo(200);
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertThat(type).as("content type of %s", src).startsWith("image/");
        BufferedImage decoded = TestImages.decode(r.body());
        // a storage may add a query (a version, a signature): it is not part of the extension
        String path = src.contains("?") ? src.substring(0, src.indexOf('?')) : src;
        String ext = path.substring(path.lastIndexOf('.') + 1);
        assertThat(type).as("content type of %s", src)
                .isEqualTo(ext.equals("jpg") ? "image/jpeg" : "image/" + ext);
        return new Image(src, decoded.getWidth(), decoded.getHeight(), fallback);
    }
}
