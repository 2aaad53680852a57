package io.github.jimagekit.s3;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import java.time.Duration;
import software.amazon.awssdk.regions.Region;

/** Reads the {@code imagekit.s3.*} settings ({@link S3Keys}) into a storage builder. */
final class S3Settings {

    private S3Settings() {
    }

    /**
     * Fills a builder from the settings.
     *
     * @param config the kit's settings
     * @return the builder, ready to build
     * @throws InvalidConfigurationException naming the key when the bucket is not set, or
     *     public URLs have no base URL
     */
    static S3StorageBuilder builder(ImageKitConfig config) {
        String bucket = config.get(S3Keys.BUCKET).strip();
        if (bucket.isEmpty()) {
            throw new InvalidConfigurationException("setting \"" + S3Keys.BUCKET.name()
                    + "\" is not set: name the bucket", null, S3Keys.BUCKET.name());
        }
        S3StorageBuilder b = S3Storage.builder().bucket(bucket)
                .prefix(config.get(S3Keys.PREFIX))
                .pathStyle(config.get(S3Keys.PATH_STYLE))
                .cacheFileDirectory(config.cacheFileDir())
                .cacheControl(config.get(S3Keys.CACHE_CONTROL))
                .conditionalWrites(config.get(S3Keys.CONDITIONAL_WRITES));
        config.get(S3Keys.ENDPOINT).ifPresent(b::endpoint);
        String region = config.get(S3Keys.REGION).strip();
        if (!region.isEmpty()) {
            b.region(Region.of(region));
        }
        switch (config.get(S3Keys.URLS)) {
            case S3Keys.URLS_PRESIGNED -> b.presignedUrls(lifetime(config));
            case S3Keys.URLS_PUBLIC -> b.baseUrl(publicBaseUrl(config));
            default -> b.baseUrl(config.raw(ConfigKey.STORAGE_BASE_URL));
        }
        return b;
    }

    private static Duration lifetime(ImageKitConfig config) {
        try {
            return S3StorageBuilder.checkLifetime(config.get(S3Keys.PRESIGNED_LIFETIME));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("setting \""
                    + S3Keys.PRESIGNED_LIFETIME.name() + "\" " + e.getMessage(), e,
                    S3Keys.PRESIGNED_LIFETIME.name());
        }
    }

    private static String publicBaseUrl(ImageKitConfig config) {
        String url = config.get(S3Keys.BASE_URL).strip();
        if (url.isEmpty()) {
            throw new InvalidConfigurationException("setting \"" + S3Keys.BASE_URL.name()
                    + "\" is not set: " + S3Keys.URLS.name() + "=public makes URLs under it",
                    null, S3Keys.BASE_URL.name());
        }
        return url;
    }
}
