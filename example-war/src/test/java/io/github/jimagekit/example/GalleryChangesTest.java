package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.testing.TestImages;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads and deletions through the gallery's forms, as a browser posts them. */
final class GalleryChangesTest {

    @TempDir
    static Path work;

    private static GalleryServer gallery;
    private static Path photos;

    @BeforeAll
    static void start() throws Exception {
        gallery = GalleryServer.start(work);
        photos = gallery.settings().photos();
    }

    @AfterAll
    static void stop() throws Exception {
        gallery.close();
    }

    @Test
    void upload_generatesItsImagesBeforeTheRedirect() throws IOException {
        byte[] jpeg = TestImages.encode(TestImages.gradient(800, 600), "jpeg");
        gallery.get("/thymeleaf");

        HttpResponse<String> r = post(Forms.multipart(gallery.uri("/upload"),
                "C:\\fakepath\\My Holiday  Photo.JPG", jpeg, "thymeleaf"));

        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/thymeleaf?uploaded=my-holiday-photo.jpg&images=4&ms=");
        assertThat(photos.resolve("my-holiday-photo.jpg")).hasBinaryContent(jpeg);
        List<String> made = cacheFiles("my-holiday-photo");
        assertThat(made).as("card, detail, strip and banner, made before the redirect")
                .hasSize(4);

        ImageKit kit = gallery.kit();
        long generations = kit.cacheFiles().statistics().snapshot().generations();
        HttpResponse<String> page = gallery.get(location);
        Document doc = Jsoup.parse(page.body());
        assertThat(doc.selectFirst("p.notice.ok").text()).matches("Added my-holiday-photo.jpg:"
                + " 4 images generated in \\d+ ms, before this page was sent\\.");
        String card = doc.selectFirst(".card img[alt=My holiday photo]").attr("src");
        assertThat(made).anySatisfy(name -> assertThat(card).endsWith(name));
        PageImages.check(page.body(), gallery::getBytes, GalleryInitializer.FALLBACK);
        assertThat(kit.cacheFiles().statistics().snapshot().generations())
                .as("the page found the new photo's images made").isEqualTo(generations);
    }

    @Test
    void upload_sameNameTwice_keepsBoth() {
        byte[] png = TestImages.encode(TestImages.quadrants(300, 200), "png");

        String first = location(post(Forms.multipart(gallery.uri("/upload"), "twice.png", png,
                "jsp")));
        String second = location(post(Forms.multipart(gallery.uri("/upload"), "twice.png", png,
                "jsp")));

        assertThat(first).startsWith("/?uploaded=twice.png&");
        assertThat(second).startsWith("/?uploaded=twice-2.png&");
        assertThat(photos.resolve("twice.png")).exists();
        assertThat(photos.resolve("twice-2.png")).exists();
    }

    @Test
    void upload_corruptFile_isRefusedAndRemoved() throws IOException {
        HttpResponse<String> r = post(Forms.multipart(gallery.uri("/upload"), "broken.jpg",
                "not a jpeg at all".getBytes(StandardCharsets.UTF_8), "jsp"));

        String location = location(r);
        assertThat(decode(location)).startsWith("/?error=Not added: spec \"gallery:")
                .contains("source \"broken.jpg\" is not an image in a supported format");
        assertThat(photos.resolve("broken.jpg")).doesNotExist();
        assertThat(cacheFiles("broken")).isEmpty();
        Document page = Jsoup.parse(gallery.get(location).body());
        assertThat(page.selectFirst("p.notice.error").text()).startsWith("Not added: spec");
        assertThat(page.select(".card h2").eachText()).doesNotContain("Broken");
    }

    @Test
    void upload_fileThatIsNoPhoto_isRefusedByName() throws IOException {
        long before = count(photos);

        String location = location(post(Forms.multipart(gallery.uri("/upload"), "notes.txt",
                "hello".getBytes(StandardCharsets.UTF_8), "jsp")));

        assertThat(decode(location)).isEqualTo("/?error=Not added: \"notes.txt\" is not a"
                + " photo's file name (the gallery takes jpg, jpeg, png, gif, bmp, tif, tiff"
                + " files)");
        assertThat(count(photos)).isEqualTo(before);
    }

    @Test
    void upload_withoutAFile_asksForOne() {
        String location = location(post(Forms.multipart(gallery.uri("/upload"), "", new byte[0],
                "thymeleaf")));

        assertThat(decode(location)).isEqualTo("/thymeleaf?error=Choose a photo to upload"
                + " first.");
    }

    @Test
    void delete_removesThePhotoAndItsImages() {
        byte[] png = TestImages.encode(TestImages.quadrants(400, 300), "png");
        location(post(Forms.multipart(gallery.uri("/upload"), "to-delete.png", png, "jsp")));
        assertThat(cacheFiles("to-delete")).hasSize(4);

        String location = location(post(Forms.urlEncoded(gallery.uri("/delete"),
                "name=to-delete.png&from=jsp")));

        assertThat(location).isEqualTo("/?deleted=to-delete.png&files=4");
        assertThat(photos.resolve("to-delete.png")).doesNotExist();
        assertThat(cacheFiles("to-delete")).isEmpty();
        Document page = Jsoup.parse(gallery.get(location).body());
        assertThat(page.selectFirst("p.notice.ok").text())
                .isEqualTo("Deleted to-delete.png and its 4 generated images.");
        assertThat(page.select(".card p").eachText()).doesNotContain("to-delete.png");
    }

    @Test
    void delete_somethingThatIsNoPhoto_isRefused() throws IOException {
        Files.writeString(photos.resolve("notes.txt"), "keep me");

        for (String name : List.of("notes.txt", "../gallery/photos/alpine-lake.jpg", "nope.jpg")) {
            String location = location(post(Forms.urlEncoded(gallery.uri("/delete"),
                    "name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))));

            assertThat(decode(location)).isEqualTo("/?error=Not deleted: there is no photo \""
                    + name + "\"");
        }
        assertThat(photos.resolve("notes.txt")).exists();
        assertThat(photos.resolve("alpine-lake.jpg")).exists();
    }

    private static HttpResponse<String> post(HttpRequest request) {
        return gallery.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> r) {
        assertThat(r.statusCode()).as("redirect after the post").isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String decode(String location) {
        return URLDecoder.decode(location, StandardCharsets.UTF_8);
    }

    private static List<String> cacheFiles(String dir) {
        Path d = gallery.settings().media().resolve("CACHE/images").resolve(dir);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
