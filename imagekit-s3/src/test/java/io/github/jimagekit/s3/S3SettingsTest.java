package io.github.jimagekit.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The {@code imagekit.s3.*} settings: checked when read, and what storage they make. */
final class S3SettingsTest {

    private static ImageKitConfig config(Map<String, String> s3) {
        ImageKitConfig.Builder b = ImageKitConfig.builder()
                .set("imagekit.s3.endpoint", "http://127.0.0.1:9")
                .set("imagekit.s3.path-style", "true");
        s3.forEach(b::set);
        return b.build();
    }

    @Test
    void storage_servletUrls_areUnderTheStorageBaseUrl() {
        try (S3Storage s = new S3Storage(config(Map.of("imagekit.s3.bucket", "photos",
                "imagekit.s3.prefix", "sites/blog/",
                "imagekit.storage.base-url", "/app/media/")))) {
            assertThat(s.url("CACHE/images/dog.jpg")).isEqualTo("/app/media/CACHE/images/dog.jpg");
            assertThat(s.key("photos/dog.jpg")).isEqualTo("sites/blog/photos/dog.jpg");
            assertThat(s).hasToString("S3Storage[s3://photos/sites/blog/, /app/media/]");
        }
    }

    @Test
    void storage_publicUrls_areUnderTheS3BaseUrl() {
        try (S3Storage s = new S3Storage(config(Map.of("imagekit.s3.bucket", "photos",
                "imagekit.s3.urls", "PUBLIC",
                "imagekit.s3.base-url", "https://cdn.example.com")))) {
            assertThat(s.url("CACHE/images/dog.jpg"))
                    .isEqualTo("https://cdn.example.com/CACHE/images/dog.jpg");
        }
    }

    @Test
    void storage_presignedUrls_carryTheLifetime() {
        try (S3Storage s = new S3Storage(config(Map.of("imagekit.s3.bucket", "photos",
                "imagekit.s3.urls", "presigned", "imagekit.s3.presigned-lifetime", "2h")))) {
            assertThat(s.url("CACHE/images/dog.jpg"))
                    .startsWith("http://127.0.0.1:9/photos/CACHE/images/dog.jpg?")
                    .contains("X-Amz-Expires=7200");
        }
    }

    @Test
    void storage_bucketNotSet_failsNamingTheKey() {
        assertThatThrownBy(() -> new S3Storage(config(Map.of())))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.s3.bucket\" is not set: name the bucket");
    }

    @Test
    void storage_publicUrlsWithoutBaseUrl_failsNamingBothKeys() {
        assertThatThrownBy(() -> new S3Storage(config(Map.of("imagekit.s3.bucket", "photos",
                "imagekit.s3.urls", "public"))))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.s3.base-url\" is not set: imagekit.s3.urls=public"
                        + " makes URLs under it");
    }

    @Test
    void storage_presignedLifetimeOverSevenDays_failsNamingTheKey() {
        assertThatThrownBy(() -> new S3Storage(config(Map.of("imagekit.s3.bucket", "photos",
                "imagekit.s3.urls", "presigned", "imagekit.s3.presigned-lifetime", "8d"))))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.s3.presigned-lifetime\" must be from 1s to 7d,"
                        + " was PT192H");
    }

    @Test
    void config_badValues_failNamingKeyAndValue() {
        assertThatThrownBy(() -> config(Map.of("imagekit.s3.endpoint", "s3.example.com")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("imagekit.s3.endpoint")
                .hasMessageContaining("must be an http or https URL such as"
                        + " http://127.0.0.1:9000");
        assertThatThrownBy(() -> config(Map.of("imagekit.s3.endpoint",
                "http://key:secret@127.0.0.1:9000")))
                .hasMessageContaining("must be an http or https URL");
        assertThatThrownBy(() -> config(Map.of("imagekit.s3.urls", "cdn")))
                .hasMessageContaining("must be one of servlet, public, presigned");
        assertThatThrownBy(() -> config(Map.of("imagekit.s3.prefix", "../up")))
                .hasMessageContaining("imagekit.s3.prefix")
                .hasMessageContaining("must be a folder name such as media or sites/blog");
    }

    @Test
    void config_mistypedKey_suggestsTheModulesKey() {
        assertThatThrownBy(() -> config(Map.of("imagekit.s3.buckett", "photos")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("imagekit.s3.buckett")
                .hasMessageContaining("imagekit.s3.bucket");
    }

    @Test
    void builder_conflictingSettings_areRejected() {
        assertThatThrownBy(() -> S3Storage.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("bucket is not set");
        try (S3Client client = client()) {
            assertThatThrownBy(() -> S3Storage.builder().bucket("b").client(client)
                    .pathStyle(true).build()).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("client was given");
        }
        assertThatThrownBy(() -> S3Storage.builder().bucket("b").baseUrl("/m/")
                .presignedUrls(Duration.ofHours(1)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("baseUrl and presignedUrls both set: URLs are one or the other");
    }

    private static S3Client client() {
        return S3Client.builder().region(Region.US_EAST_1)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
