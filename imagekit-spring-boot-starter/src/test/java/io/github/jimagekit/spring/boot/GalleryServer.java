package io.github.jimagekit.spring.boot;

import io.github.jimagekit.testing.TestImages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the tests on a real embedded server share ({@link GalleryApplication}'s, the JSP
 * page's; each adds its own {@code @SpringBootTest} with a random loopback port): the storage
 * root with the pages' photos, and HTTP requests to the server.
 */
abstract class GalleryServer {

    @TempDir
    static Path root;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("imagekit.storage.root", () -> root.toString());
    }

    @BeforeAll
    static void photos() throws IOException {
        Files.createDirectories(root.resolve("photos"));
        Files.write(root.resolve(GalleryApplication.PHOTOS.get(0)),
                TestImages.encode(TestImages.quadrants(400, 200), "jpeg"));
        Files.write(root.resolve(GalleryApplication.PHOTOS.get(1)),
                TestImages.encode(TestImages.quadrants(150, 300), "png"));
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
