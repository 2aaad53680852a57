package io.github.jimagekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.testing.TestImages;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CacheFileServletTest {

    @TempDir
    static Path work;

    private static EmbeddedWebApp app;
    private static EmbeddedWebApp lenient;
    private static ImageCacheFile png;
    private static ImageCacheFile jpeg;

    @BeforeAll
    static void start() throws Exception {
        Path media = work.resolve("media");
        EmbeddedWebApp.photo(media, "photos/dog.png", TestImages.quadrants(400, 300));
        Files.writeString(work.resolve("secret.txt"), "top secret");
        Files.createDirectories(media.resolve("CACHE/images"));
        Files.writeString(media.resolve("CACHE/images/.hidden"), "hidden",
                StandardCharsets.UTF_8);
        // sources live in the cache-file storage here, as they do when no source root is set
        app = EmbeddedWebApp.builder(work)
                .parameter("imagekit.storage.root", media.toString())
                .start();
        lenient = EmbeddedWebApp.builder(work.resolve("lenient"))
                .parameter("imagekit.storage.root", media.toString())
                .lenientUris()
                .start();
        png = app.kit().thumbnail("photos/dog.png", "40x30");
        jpeg = app.kit().cacheFile(TestSpecs.AVATAR, Map.of("source", "photos/dog.png"));
        png.generate();
        jpeg.generate();
    }

    @AfterAll
    static void stop() throws Exception {
        for (EmbeddedWebApp a : new EmbeddedWebApp[] {app, lenient}) {
            if (a != null) {
                a.close();
            }
        }
    }

    @BeforeEach
    void resetCounts() {
        app.kit().storageStatistics().reset();
        lenient.kit().storageStatistics().reset();
    }

    @Test
    void get_cacheFile_streamsItWithTypeLengthValidatorsAndAYearOfCaching() throws Exception {
        HttpResponse<byte[]> r = app.getBytes(png.url());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(Files.readAllBytes(work.resolve("media")
                .resolve(png.name())));
        assertThat(r.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length);
        assertThat(r.headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=31536000, immutable");
        assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e ->
                assertThat(e).matches("\"[0-9a-f]+-[0-9a-f]+\""));
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(TestImages.decode(r.body()).getWidth()).isEqualTo(40);
        assertThat(app.getBytes(jpeg.url()).headers().firstValue("Content-Type"))
                .hasValue("image/jpeg");
    }

    @Test
    void get_ifNoneMatch_is304WithoutBody() {
        String etag = app.getBytes(png.url()).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> r = app.getBytes(png.url(), "If-None-Match", "\"x\", W/" + etag);

        assertThat(r.statusCode()).isEqualTo(304);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("ETag")).hasValue(etag);
        assertThat(app.getBytes(png.url(), "If-None-Match", "\"other\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void get_ifModifiedSince_is304WhenCurrentAnd200WhenOlder() {
        String lastModified = app.getBytes(png.url()).headers().firstValue("Last-Modified")
                .orElseThrow();
        ZonedDateTime at = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                at.minusHours(1).withZoneSameInstant(ZoneOffset.UTC));

        assertThat(app.getBytes(png.url(), "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(app.getBytes(png.url(), "If-Modified-Since", earlier).statusCode())
                .isEqualTo(200);
        assertThat(app.getBytes(png.url(), "If-Modified-Since", "yesterday").statusCode())
                .isEqualTo(200);
    }

    @Test
    void head_sendsHeadersOnly() throws Exception {
        HttpResponse<Void> r = app.head(png.url());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValueAsLong("Content-Length"))
                .hasValue(Files.size(work.resolve("media").resolve(png.name())));
    }

    @Test
    void get_missingCacheFile_is404() {
        assertThat(app.getBytes("/media/CACHE/images/photos/dog/0000.png").statusCode())
                .isEqualTo(404);
        assertThat(app.getBytes("/media/").statusCode()).isEqualTo(404);
    }

    @Test
    void get_sourceOrHiddenFile_is404EvenThoughItExists() {
        assertThat(app.getBytes("/media/photos/dog.png").statusCode()).isEqualTo(404);
        assertThat(app.getBytes("/media/CACHE/images/.hidden").statusCode()).isEqualTo(404);
        assertThat(app.kit().storageStatistics().total()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/media/../secret.txt",
        "/media/CACHE/images/../../../secret.txt",
        "/media/%2e%2e/secret.txt",
        "/media/CACHE/images/%2E%2E/%2E%2E/%2e%2e/secret.txt",
        "/media/CACHE/images/..%2f..%2f..%2fsecret.txt",
        "/media/CACHE/images/..%5c..%5c..%5csecret.txt",
        "/media/CACHE\\images\\..\\..\\..\\secret.txt",
        "/media/CACHE/images/%00/x.png",
        "/media//secret.txt",
        "/media/CACHE/images//etc/passwd",
    })
    void get_traversal_isRefusedWithoutReachingTheStorage(String target) {
        for (EmbeddedWebApp a : new EmbeddedWebApp[] {app, lenient}) {
            String response = a.raw(target);

            assertThat(response).startsWith("HTTP/1.1 4").doesNotContain("top secret")
                    .doesNotContain(work.toString());
            assertThat(a.kit().storageStatistics().total()).isZero();
        }
    }

    @Test
    void servedFiles_countAsStorageCallsOfTheKit() {
        ImageKit kit = app.kit();
        app.getBytes(png.url());

        assertThat(kit.storageStatistics().total()).isEqualTo(2);
    }
}
