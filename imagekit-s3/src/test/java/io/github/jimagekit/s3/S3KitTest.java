package io.github.jimagekit.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.storage.StorageStatistics;
import io.github.jimagekit.storage.StorageStatistics.Operation;
import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Kits whose sources and cache files are in a bucket: one node renders a real thumbnail, a
 * second node (a kit with a state cache of its own) finds it with no generation.
 */
@ExtendWith(S3ProxyExtension.class)
final class S3KitTest {

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private final S3ProxyServer server;
    private final S3Client admin;
    private final String bucket = "kit-test-" + BUCKETS.incrementAndGet();

    S3KitTest(S3ProxyServer server) {
        this.server = server;
        this.admin = server.client();
        admin.createBucket(b -> b.bucket(bucket));
    }

    @AfterEach
    void closeAdmin() {
        admin.close();
    }

    /** A node: the storage named by class and configured by the imagekit.s3.* settings. */
    private ImageKit node(Map<String, String> more) {
        ImageKitConfig.Builder config = ImageKitConfig.builder()
                .set("imagekit.storage.class", S3Storage.class.getName())
                .set("imagekit.s3.bucket", bucket)
                .set("imagekit.s3.prefix", "media")
                .set("imagekit.s3.endpoint", server.endpoint().toString())
                .set("imagekit.s3.path-style", "true")
                .set("imagekit.cache.backend", "memory");
        more.forEach(config::set);
        return ImageKit.builder().config(config.build()).build();
    }

    private void upload(String key, byte[] bytes) {
        admin.putObject(p -> p.bucket(bucket).key(key).contentType("image/jpeg"),
                RequestBody.fromBytes(bytes));
    }

    @Test
    void thumbnail_secondNode_findsTheFirstNodesFileWithoutGenerating() {
        upload("media/photos/dog.jpg", TestImages.encode(TestImages.quadrants(400, 300), "jpg"));
        String url;
        String name;
        try (ImageKit first = node(Map.of())) {
            ImageCacheFile thumb = first.thumbnail("photos/dog.jpg", "100x100");
            url = thumb.url();
            name = thumb.name();

            assertThat(url).startsWith("/media/CACHE/images/photos/dog/").endsWith(".jpg");
            assertThat(thumb.width()).isEqualTo(100);
            assertThat(thumb.height()).isEqualTo(100);
            assertThat(first.cacheFiles().statistics().snapshot().generations()).isEqualTo(1);
        }
        ResponseBytes<GetObjectResponse> object =
                admin.getObjectAsBytes(g -> g.bucket(bucket).key("media/" + name));
        assertThat(object.response().contentType()).isEqualTo("image/jpeg");
        assertThat(object.response().cacheControl())
                .isEqualTo("public, max-age=31536000, immutable");
        BufferedImage image = TestImages.decode(object.asByteArray());
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(100);
        assertThat(TestImages.isNear(image, 5, 5, Color.RED, 24)).isTrue();
        assertThat(TestImages.isNear(image, 94, 94, Color.WHITE, 24)).isTrue();

        try (ImageKit second = node(Map.of())) {
            ImageCacheFile again = second.thumbnail("photos/dog.jpg", "100x100");

            assertThat(again.url()).isEqualTo(url);
            assertThat(again.width()).isEqualTo(100);
            assertThat(again.height()).isEqualTo(100);
            assertThat(second.cacheFiles().statistics().snapshot().generations()).isZero();
            // one HEAD for the source's version, one GET that finds the cache file
            StorageStatistics calls = second.storageStatistics();
            assertThat(calls.count(Operation.STAT)).isEqualTo(1);
            assertThat(calls.count(Operation.OPEN)).isEqualTo(1);
            assertThat(calls.total()).isEqualTo(2);
        }
    }

    @Test
    void thumbnail_optimisticStrategy_predictsTheSizeFromARangedRead() {
        upload("media/photos/big.jpg", TestImages.encode(TestImages.noise(600, 400, 7), "jpg"));
        RequestLog log = new RequestLog();
        String name;
        S3Storage storage = S3Storage.builder().bucket(bucket).prefix("media").pathStyle(true)
                .endpoint(server.endpoint())
                .configureClient(c -> c.overrideConfiguration(o -> o.addExecutionInterceptor(log)))
                .build();
        try (ImageKit kit = ImageKit.builder().storage(storage).config(ImageKitConfig.builder()
                .set("imagekit.default.cachefile.strategy", "optimistic")
                .set("imagekit.cache.backend", "memory").build()).build()) {
            ImageCacheFile thumb = kit.thumbnail("photos/big.jpg", "300x");
            name = thumb.name().substring(thumb.name().lastIndexOf('/') + 1);

            assertThat(thumb.size()).isEqualTo(new Size(300, 200));
            assertThat(kit.cacheFiles().statistics().snapshot().generations()).isZero();
        }
        // the source's version, the one read that finds no cache file, the source's header
        assertThat(log.exchanges()).containsExactly(
                "HEAD /" + bucket + "/media/photos/big.jpg -> 200",
                "GET /" + bucket + "/media/CACHE/images/photos/big/" + name + " -> 404",
                "GET /" + bucket + "/media/photos/big.jpg -> 206 Range=bytes=0-131071"
                        + " length=131072");
    }
}
