package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Boot application on a real embedded server with only the starter and
 * {@code imagekit.storage.root}: the page's {@code ik:src} tags render, and every image is
 * served over HTTP by the cache-file servlet, decoded at the size the tag states.
 */
@SpringBootTest(classes = GalleryApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "imagekit.cache.backend=memory"})
final class GalleryApplicationTest extends GalleryServer {

    @Autowired
    ImageKit kit;

    @Test
    void gallery_starterOnly_rendersTheTagsAndServesEveryImageAtItsStatedSize()
            throws Exception {
        HttpResponse<byte[]> page = get("/gallery");
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));

        assertThat(html.select("img")).hasSize(3);
        assertThat(html.html()).doesNotContain("ik:");
        int[][] sizes = {{120, 90}, {120, 90}, {33, 33}};
        for (int i = 0; i < sizes.length; i++) {
            Element img = html.select("img").get(i);
            assertThat(img.attr("src")).startsWith("/media/CACHE/images/");
            assertThat(img.attr("width")).isEqualTo(String.valueOf(sizes[i][0]));
            assertThat(img.attr("height")).isEqualTo(String.valueOf(sizes[i][1]));

            HttpResponse<byte[]> image = get(img.attr("src"));
            assertThat(image.statusCode()).as(img.attr("src")).isEqualTo(200);
            BufferedImage decoded = TestImages.decode(image.body());
            assertThat(decoded.getWidth()).as(img.attr("src")).isEqualTo(sizes[i][0]);
            assertThat(decoded.getHeight()).as(img.attr("src")).isEqualTo(sizes[i][1]);
        }
    }

    @Test
    void missingFile_underTheServletPath_isNotFound() throws Exception {
        assertThat(get("/media/CACHE/images/none.jpg").statusCode()).isEqualTo(404);
        assertThat(kit.config().raw(ConfigKey.STORAGE_ROOT))
                .isEqualTo(root.toString());
    }
}
