package io.github.jimagekit.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.UnsafeNameException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** The {@code Storage} contract on S3Proxy, with the HTTP exchanges each operation costs. */
@ExtendWith(S3ProxyExtension.class)
final class S3StorageTest {

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private final S3ProxyServer server;
    private final S3Client admin;
    private final String bucket = "storage-test-" + BUCKETS.incrementAndGet();
    private final RequestLog log = new RequestLog();
    private S3Storage storage;

    S3StorageTest(S3ProxyServer server) {
        this.server = server;
        this.admin = server.client();
    }

    @BeforeEach
    void setUp() {
        admin.createBucket(b -> b.bucket(bucket));
        storage = builder().build();
    }

    @AfterEach
    void tearDown() {
        storage.close();
        admin.close();
    }

    private S3StorageBuilder builder() {
        return S3Storage.builder().bucket(bucket).prefix("media").endpoint(server.endpoint())
                .pathStyle(true)
                .configureClient(c -> c.overrideConfiguration(o -> o.addExecutionInterceptor(log)));
    }

    @Test
    void save_thenReadOpenAndStat_returnContentAndMetadata() throws IOException {
        Instant before = Instant.now().minusSeconds(2);
        storage.save("photos/dog.jpg", "dog bytes".getBytes(UTF_8));

        assertThat(new String(storage.read("photos/dog.jpg"), UTF_8)).isEqualTo("dog bytes");
        try (InputStream in = storage.open("photos/dog.jpg")) {
            assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("dog bytes");
        }
        assertThat(storage.stat("photos/dog.jpg")).hasValueSatisfying(info -> {
            assertThat(info.size()).isEqualTo(9);
            assertThat(info.lastModified()).isBetween(before, Instant.now().plusSeconds(2));
        });
        assertThat(storage.exists("photos/dog.jpg")).isTrue();
        assertThat(admin.headObject(h -> h.bucket(bucket).key("media/photos/dog.jpg"))
                .contentLength()).isEqualTo(9);
        assertThat(log.exchanges()).containsExactly(
                "PUT /" + bucket + "/media/photos/dog.jpg -> 200",
                "GET /" + bucket + "/media/photos/dog.jpg -> 200 length=9",
                "GET /" + bucket + "/media/photos/dog.jpg -> 200 length=9",
                "HEAD /" + bucket + "/media/photos/dog.jpg -> 200",
                "HEAD /" + bucket + "/media/photos/dog.jpg -> 200");
    }

    @Test
    void readOpenAndReadPrefix_missingKey_throwNoSuchFileNamingBucketAndKey() {
        String message = "photos/none.jpg: no key \"media/photos/none.jpg\" in bucket \""
                + bucket + "\"";
        assertThatThrownBy(() -> storage.read("photos/none.jpg"))
                .isInstanceOf(NoSuchFileException.class).hasMessage(message);
        assertThatThrownBy(() -> storage.open("photos/none.jpg"))
                .isInstanceOf(NoSuchFileException.class).hasMessage(message);
        assertThatThrownBy(() -> storage.readPrefix("photos/none.jpg", 10))
                .isInstanceOf(NoSuchFileException.class).hasMessage(message);
        assertThat(log.exchanges()).hasSize(3).allMatch(e -> e.contains(" -> 404"));
    }

    @Test
    void statAndExists_missingKey_areEmptyAfterOneHead() throws IOException {
        assertThat(storage.stat("photos/none.jpg")).isEmpty();
        assertThat(storage.exists("photos/none.jpg")).isFalse();
        assertThat(log.exchanges()).containsExactly(
                "HEAD /" + bucket + "/media/photos/none.jpg -> 404",
                "HEAD /" + bucket + "/media/photos/none.jpg -> 404");
    }

    @Test
    void save_cacheFileAndSource_setContentTypeAndCacheControlOnTheObject() throws IOException {
        storage.save("CACHE/images/photos/dog/0a1b.jpg", new byte[] {1, 2, 3});
        storage.save("photos/dog.png", new byte[] {4, 5});
        storage.save("notes/readme", new byte[] {6});

        HeadObjectResponse cacheFile = head("media/CACHE/images/photos/dog/0a1b.jpg");
        assertThat(cacheFile.contentType()).isEqualTo("image/jpeg");
        assertThat(cacheFile.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
        HeadObjectResponse source = head("media/photos/dog.png");
        assertThat(source.contentType()).isEqualTo("image/png");
        assertThat(source.cacheControl()).isNull();
        assertThat(head("media/notes/readme").contentType())
                .isEqualTo("application/octet-stream");
    }

    @Test
    void save_cacheFileSavedTwice_asksForAConditionalWriteAndSucceeds() throws IOException {
        // two nodes render the same cache file: the same bytes (S3Proxy 2.6.0 ignores
        // If-None-Match on PUT and keeps the second; ConditionalSaveTest covers 412 and 409)
        storage.save("CACHE/images/a.png", "rendered".getBytes(UTF_8));
        storage.save("CACHE/images/a.png", "rendered".getBytes(UTF_8));

        assertThat(new String(storage.read("CACHE/images/a.png"), UTF_8)).isEqualTo("rendered");
        assertThat(log.exchanges()).startsWith(
                "PUT /" + bucket + "/media/CACHE/images/a.png -> 200 If-None-Match=*",
                "PUT /" + bucket + "/media/CACHE/images/a.png -> 200 If-None-Match=*");
    }

    @Test
    void save_sourceSavedTwice_replacesIt() throws IOException {
        storage.save("photos/a.png", "first".getBytes(UTF_8));
        storage.save("photos/a.png", "second".getBytes(UTF_8));

        assertThat(new String(storage.read("photos/a.png"), UTF_8)).isEqualTo("second");
        assertThat(log.exchanges()).startsWith("PUT /" + bucket + "/media/photos/a.png -> 200",
                "PUT /" + bucket + "/media/photos/a.png -> 200");
    }

    @Test
    void save_conditionalWritesOff_replacesACacheFile() throws IOException {
        try (S3Storage plain = builder().conditionalWrites(false).cacheControl("").build()) {
            plain.save("CACHE/images/a.png", "first".getBytes(UTF_8));
            plain.save("CACHE/images/a.png", "second".getBytes(UTF_8));

            assertThat(new String(plain.read("CACHE/images/a.png"), UTF_8)).isEqualTo("second");
            assertThat(head("media/CACHE/images/a.png").cacheControl()).isNull();
        }
    }

    @Test
    void save_stream_isReadToItsEnd() throws IOException {
        byte[] content = randomBytes(100_000);
        storage.save("photos/big.bin", new java.io.ByteArrayInputStream(content));

        assertThat(storage.read("photos/big.bin")).isEqualTo(content);
    }

    @Test
    void readPrefix_largeObject_makesOneSmallRangedRequest() throws IOException {
        byte[] content = randomBytes(1 << 20);
        storage.save("photos/huge.jpg", content);
        log.clear();

        byte[] head = storage.readPrefix("photos/huge.jpg", 1000);

        assertThat(head).isEqualTo(Arrays.copyOf(content, 1000));
        assertThat(log.exchanges()).containsExactly("GET /" + bucket
                + "/media/photos/huge.jpg -> 206 Range=bytes=0-999 length=1000");
    }

    @Test
    void readPrefix_shortAndEmptyObjects_returnWhatThereIs() throws IOException {
        storage.save("photos/short.bin", new byte[] {1, 2, 3});
        storage.save("photos/empty.bin", new byte[0]);

        assertThat(storage.readPrefix("photos/short.bin", 1000)).containsExactly(1, 2, 3);
        assertThat(storage.readPrefix("photos/empty.bin", 1000)).isEmpty();
        assertThatThrownBy(() -> storage.readPrefix("photos/short.bin", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void delete_existingAndMissing_reportsWhetherSomethingWasDeleted() throws IOException {
        storage.save("photos/a.jpg", new byte[] {1});

        assertThat(storage.delete("photos/a.jpg")).isTrue();
        assertThat(storage.exists("photos/a.jpg")).isFalse();
        assertThat(storage.delete("photos/a.jpg")).isFalse();
    }

    @Test
    void list_directory_pagesThroughEveryKeyUnderIt() throws IOException {
        List<String> names = List.of("photos/a.jpg", "photos/b.jpg", "photos/2024/c.jpg",
                "photos/2024/d e.jpg", "photos/2025/x/f.jpg");
        for (String n : names) {
            storage.save(n, new byte[] {1});
        }
        storage.save("photosets/g.jpg", new byte[] {1});
        admin.putObject(p -> p.bucket(bucket).key("media/photos/folder/"), RequestBody.empty());
        admin.putObject(p -> p.bucket(bucket).key("elsewhere/h.jpg"), RequestBody.empty());

        try (S3Storage paged = builder().configureClient(c -> c.overrideConfiguration(o -> o
                .addExecutionInterceptor(new PageSize(2)).addExecutionInterceptor(log)))
                .build()) {
            log.clear();
            try (Stream<String> listed = paged.list("photos")) {
                assertThat(listed).containsExactlyInAnyOrderElementsOf(names);
            }
            assertThat(log.exchanges()).hasSize(3)
                    .allMatch(e -> e.startsWith("GET /" + bucket + "?list -> 200"));
            try (Stream<String> all = paged.list("")) {
                assertThat(all).hasSize(6).contains("photosets/g.jpg")
                        .doesNotContain("elsewhere/h.jpg");
            }
            try (Stream<String> none = paged.list("videos/")) {
                assertThat(none).isEmpty();
            }
        }
    }

    @Test
    void url_baseUrl_isTheBaseFollowedByTheEncodedName() {
        try (S3Storage cdn = builder().baseUrl("https://cdn.example.com/media").build()) {
            assertThat(cdn.url("photos/a dog+cat é.jpg"))
                    .isEqualTo("https://cdn.example.com/media/photos/a%20dog%2Bcat%20%C3%A9.jpg");
            assertThat(storage.url("photos/dog.jpg")).isEqualTo("/media/photos/dog.jpg");
            assertThatThrownBy(() -> cdn.url("../secret")).isInstanceOf(UnsafeNameException.class);
        }
    }

    @Test
    void url_presigned_isFetchableWithoutCredentials() throws Exception {
        storage.save("CACHE/images/dog.jpg", "jpeg bytes".getBytes(UTF_8));
        try (S3Storage signed = builder().presignedUrls(Duration.ofMinutes(5)).build()) {
            String url = signed.url("CACHE/images/dog.jpg");

            assertThat(url).startsWith(server.endpoint() + "/" + bucket
                    + "/media/CACHE/images/dog.jpg?").contains("X-Amz-Expires=300")
                    .doesNotContain(S3ProxyServer.secret());
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient
                    .newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(url)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new String(response.body(), UTF_8)).isEqualTo("jpeg bytes");
        }
        assertThat(log.exchanges()).hasSize(1);
    }

    private HeadObjectResponse head(String key) {
        return admin.headObject(h -> h.bucket(bucket).key(key));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }
}
