package io.github.jimagekit.s3;

import io.github.jimagekit.config.SettingKey;
import io.github.jimagekit.config.SettingKeys;
import io.github.jimagekit.storage.StorageNames;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code imagekit.s3.*} settings that {@link S3Storage}'s settings constructor reads
 * ({@code imagekit.storage.class=io.github.jimagekit.s3.S3Storage}). Listed in
 * {@code META-INF/services/io.github.jimagekit.config.SettingKeys}, so that the kit's settings
 * accept and check them wherever this jar is on the class path.
 */
public final class S3Keys implements SettingKeys {

    /** URLs under the kit's {@code imagekit.storage.base-url}, served by the cache-file servlet. */
    public static final String URLS_SERVLET = "servlet";

    /** URLs under {@link #BASE_URL}: a CDN or the bucket's website. */
    public static final String URLS_PUBLIC = "public";

    /** Presigned GET URLs, valid for {@link #PRESIGNED_LIFETIME}. */
    public static final String URLS_PRESIGNED = "presigned";

    /** The bucket; required. */
    public static final SettingKey<String> BUCKET = SettingKey.text("imagekit.s3.bucket", "",
            "The bucket that holds the files (required).");

    /** A folder inside the bucket that the storage's names start under. */
    public static final SettingKey<String> PREFIX = SettingKey.of("imagekit.s3.prefix", "",
            "A folder of the bucket under which the storage's names live, such as media.",
            S3Keys::prefix);

    /** The bucket's region; empty for the SDK's region chain. */
    public static final SettingKey<String> REGION = SettingKey.text("imagekit.s3.region", "",
            "The bucket's region; empty: AWS_REGION, aws.region or the AWS profile"
                    + " (us-east-1 with an endpoint).");

    /** The endpoint of an S3-compatible server; empty for Amazon S3. */
    public static final SettingKey<Optional<URI>> ENDPOINT = SettingKey.of(
            "imagekit.s3.endpoint", "", "The URL of an S3-compatible server; empty for"
                    + " Amazon S3.", S3Keys::endpoint);

    /** Whether the bucket is addressed in the path rather than the host name. */
    public static final SettingKey<Boolean> PATH_STYLE = SettingKey.bool("imagekit.s3.path-style",
            false, "Whether the bucket goes in the URL path (most S3-compatible servers)"
                    + " rather than the host name.");

    /** How URLs are made: {@code servlet}, {@code public} or {@code presigned}. */
    public static final SettingKey<String> URLS = SettingKey.of("imagekit.s3.urls",
            URLS_SERVLET, "How URLs are made: servlet (the cache-file servlet at"
                    + " imagekit.storage.base-url), public (imagekit.s3.base-url) or presigned.",
            S3Keys::urls);

    /** Where the bucket's prefix is served from, for {@code imagekit.s3.urls=public}. */
    public static final SettingKey<String> BASE_URL = SettingKey.text("imagekit.s3.base-url", "",
            "The URL the prefix is served at (a CDN, the bucket's website), for public URLs.");

    /** How long a presigned URL is valid. */
    public static final SettingKey<Duration> PRESIGNED_LIFETIME = SettingKey.duration(
            "imagekit.s3.presigned-lifetime", "1h", "How long a presigned URL is valid"
                    + " (at most 7 days).");

    /** The {@code Cache-Control} of saved cache files. */
    public static final SettingKey<String> CACHE_CONTROL = SettingKey.text(
            "imagekit.s3.cache-control", S3StorageBuilder.DEFAULT_CACHE_CONTROL,
            "The Cache-Control header saved with each cache file.");

    /** Whether cache files are saved only when absent ({@code If-None-Match: *}). */
    public static final SettingKey<Boolean> CONDITIONAL_WRITES = SettingKey.bool(
            "imagekit.s3.conditional-writes", true, "Whether cache files are saved with"
                    + " If-None-Match: *, so that a second writer never replaces the first.");

    /** Creates the provider; {@link java.util.ServiceLoader} does this. */
    public S3Keys() {
        // found with ServiceLoader
    }

    @Override
    public List<SettingKey<?>> keys() {
        return List.of(BUCKET, PREFIX, REGION, ENDPOINT, PATH_STYLE, URLS, BASE_URL,
                PRESIGNED_LIFETIME, CACHE_CONTROL, CONDITIONAL_WRITES);
    }

    private static String prefix(String v) {
        try {
            return StorageNames.checkDirectory(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a folder name such as media or"
                    + " sites/blog (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<URI> endpoint(String v) {
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be an http or https URL such as"
                + " http://127.0.0.1:9000");
    }

    private static String urls(String v) {
        String mode = v.toLowerCase(Locale.ROOT);
        if (!List.of(URLS_SERVLET, URLS_PUBLIC, URLS_PRESIGNED).contains(mode)) {
            throw new IllegalArgumentException("must be one of servlet, public, presigned");
        }
        return mode;
    }
}
