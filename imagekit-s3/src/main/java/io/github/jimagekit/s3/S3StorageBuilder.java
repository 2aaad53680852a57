package io.github.jimagekit.s3;

import io.github.jimagekit.storage.StorageNames;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds an {@link S3Storage} in code. Not thread-safe; the storage it builds is.
 *
 * <pre>{@code
 * S3Storage storage = S3Storage.builder()
 *         .bucket("photos")
 *         .endpoint(URI.create("http://127.0.0.1:9000")).pathStyle(true)   // S3-compatible
 *         .baseUrl("https://cdn.example.com/")
 *         .build();
 * }</pre>
 *
 * <p>The storage makes its own {@link S3Client} (closed with the storage) from the endpoint,
 * region, path style and credentials, or uses one given with {@link #client(S3Client)} (left
 * open: it is the caller's). Setting both fails, as does setting both a base URL and presigned
 * URLs.
 */
public final class S3StorageBuilder {

    /** A year, and never revalidated: a cache file's name changes whenever its content does. */
    public static final String DEFAULT_CACHE_CONTROL = "public, max-age=31536000, immutable";

    /** The longest lifetime Signature Version 4 allows a presigned URL. */
    static final Duration MAX_PRESIGNED_LIFETIME = Duration.ofDays(7);

    String bucket;
    String prefix = "";
    URI endpoint;
    Region region;
    Boolean pathStyle;
    AwsCredentialsProvider credentials;
    Consumer<S3ClientBuilder> clientConfiguration;
    S3Client client;
    String baseUrl;
    Duration presignedLifetime;
    String cacheFileDirectory = "CACHE/images";
    String cacheControl = DEFAULT_CACHE_CONTROL;
    boolean conditionalWrites = true;

    S3StorageBuilder() {
    }

    /**
     * Sets the bucket; required.
     *
     * @param value the bucket's name
     * @return this builder
     */
    public S3StorageBuilder bucket(String value) {
        Objects.requireNonNull(value, "bucket");
        if (value.isBlank()) {
            throw new IllegalArgumentException("bucket must not be empty");
        }
        this.bucket = value;
        return this;
    }

    /**
     * Sets the folder of the bucket that the storage's names live under: with {@code "media"},
     * the name {@code photos/dog.jpg} is the key {@code media/photos/dog.jpg}.
     *
     * @param value a folder name, or {@code ""} (the default) for the bucket's root
     * @return this builder
     * @throws io.github.jimagekit.error.UnsafeNameException when it is not a safe folder name
     */
    public S3StorageBuilder prefix(String value) {
        String p = StorageNames.checkDirectory(value);
        this.prefix = p.isEmpty() ? "" : p + "/";
        return this;
    }

    /**
     * Sets the endpoint of an S3-compatible server (MinIO, Ceph, S3Proxy, ...).
     *
     * @param value the server's URL, such as {@code http://127.0.0.1:9000}
     * @return this builder
     */
    public S3StorageBuilder endpoint(URI value) {
        this.endpoint = Objects.requireNonNull(value, "endpoint");
        return this;
    }

    /**
     * Sets the bucket's region, instead of the SDK's region chain ({@code AWS_REGION},
     * {@code aws.region}, the AWS profile; {@code us-east-1} when an endpoint is set).
     *
     * @param value the region
     * @return this builder
     */
    public S3StorageBuilder region(Region value) {
        this.region = Objects.requireNonNull(value, "region");
        return this;
    }

    /**
     * Sets whether the bucket goes in the URL path ({@code http://host/bucket/key}) rather
     * than the host name; most S3-compatible servers need it.
     *
     * @param value whether to use path-style addressing; {@code false} by default
     * @return this builder
     */
    public S3StorageBuilder pathStyle(boolean value) {
        this.pathStyle = value;
        return this;
    }

    /**
     * Sets the credentials, instead of the SDK's default chain (system properties
     * {@code aws.accessKeyId}/{@code aws.secretAccessKey}, environment, profile, container or
     * instance role).
     *
     * @param value the credentials provider
     * @return this builder
     */
    public S3StorageBuilder credentials(AwsCredentialsProvider value) {
        this.credentials = Objects.requireNonNull(value, "credentials");
        return this;
    }

    /**
     * Adds configuration to the client the storage makes (interceptors, timeouts, retries),
     * applied after the builder's own.
     *
     * @param value changes to the SDK's client builder
     * @return this builder
     */
    public S3StorageBuilder configureClient(Consumer<S3ClientBuilder> value) {
        this.clientConfiguration = Objects.requireNonNull(value, "clientConfiguration");
        return this;
    }

    /**
     * Uses a client of the caller's instead of making one; the storage does not close it.
     *
     * @param value the client
     * @return this builder
     */
    public S3StorageBuilder client(S3Client value) {
        this.client = Objects.requireNonNull(value, "client");
        return this;
    }

    /**
     * Sets the URL the prefix is served at: the cache-file servlet's ({@code /media/}, the
     * default), a CDN's or the bucket website's. A file's URL is this followed by its name.
     *
     * @param value the base URL; a missing trailing slash is added
     * @return this builder
     */
    public S3StorageBuilder baseUrl(String value) {
        Objects.requireNonNull(value, "baseUrl");
        if (value.isBlank()) {
            throw new IllegalArgumentException("baseUrl must not be empty");
        }
        this.baseUrl = value.endsWith("/") ? value : value + "/";
        return this;
    }

    /**
     * Makes URLs presigned GET requests for the object, valid for a while, instead of a base
     * URL followed by the name: for a private bucket that browsers read directly.
     *
     * @param lifetime how long each URL is valid, from 1 second to 7 days
     * @return this builder
     * @throws IllegalArgumentException when the lifetime is out of that range (the message
     *     says so: {@code "must be from 1s to 7d, was PT192H"})
     */
    public S3StorageBuilder presignedUrls(Duration lifetime) {
        this.presignedLifetime = checkLifetime(lifetime);
        return this;
    }

    /** Checks a presigned URL's lifetime against what Signature Version 4 allows. */
    static Duration checkLifetime(Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0
                || lifetime.compareTo(MAX_PRESIGNED_LIFETIME) > 0) {
            throw new IllegalArgumentException("must be from 1s to 7d, was " + lifetime);
        }
        return lifetime;
    }

    /**
     * Sets the folder that holds cache files ({@code imagekit.cachefile.dir}): files under it
     * are saved with {@link #cacheControl(String)} and, with
     * {@link #conditionalWrites(boolean)}, only when absent. Other files (sources) are saved
     * plainly, replacing what was there.
     *
     * @param value a folder name, {@code "CACHE/images"} by default; {@code ""} for all files
     * @return this builder
     */
    public S3StorageBuilder cacheFileDirectory(String value) {
        this.cacheFileDirectory = StorageNames.checkDirectory(value);
        return this;
    }

    /**
     * Sets the {@code Cache-Control} saved with each cache file.
     *
     * @param value the header's value, {@value #DEFAULT_CACHE_CONTROL} by default; empty for
     *     none
     * @return this builder
     */
    public S3StorageBuilder cacheControl(String value) {
        this.cacheControl = Objects.requireNonNull(value, "cacheControl").strip();
        return this;
    }

    /**
     * Sets whether cache files are saved with {@code If-None-Match: *}, so that of two nodes
     * writing the same cache file the second leaves the first's in place (its bytes are the
     * same: a cache file's name hashes everything its content depends on). On by default; turn
     * it off for a server that rejects the header.
     *
     * @param value whether to write conditionally
     * @return this builder
     */
    public S3StorageBuilder conditionalWrites(boolean value) {
        this.conditionalWrites = value;
        return this;
    }

    /**
     * Builds the storage, making its client unless one was given.
     *
     * @return the storage; close it (or the kit that holds it) to close its client
     * @throws IllegalStateException when the bucket is missing or settings conflict
     */
    public S3Storage build() {
        if (bucket == null) {
            throw new IllegalStateException("bucket is not set");
        }
        if (client != null && (endpoint != null || region != null || pathStyle != null
                || credentials != null || clientConfiguration != null)) {
            throw new IllegalStateException("client was given: endpoint, region, pathStyle,"
                    + " credentials and configureClient configure the client the storage"
                    + " makes, so set them on yours instead");
        }
        if (baseUrl != null && presignedLifetime != null) {
            throw new IllegalStateException("baseUrl and presignedUrls both set: URLs are one"
                    + " or the other");
        }
        return new S3Storage(this);
    }
}
