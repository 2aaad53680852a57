package io.github.jimagekit.s3;

import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.storage.FileInfo;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.storage.StorageNames;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URLConnection;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * A {@link Storage} in an Amazon S3 bucket or an S3-compatible server's, over the AWS SDK for
 * Java v2. Every operation is one request, except {@link #delete}, which asks first whether
 * there is something to delete (S3's delete does not say):
 * <ul>
 * <li>{@link #stat} and {@link #exists}: a {@code HeadObject}.
 * <li>{@link #open} and {@link #read}: a {@code GetObject}; a missing key is a
 *     {@link NoSuchFileException}, so the kit's one-read existence check costs one request.
 * <li>{@link #readPrefix}: a {@code GetObject} with a {@code Range}: a source's header without
 *     its pixels.
 * <li>{@link #save}: a {@code PutObject} (atomic on S3) with the {@code Content-Type} of the
 *     name's extension; a cache file also gets a long {@code Cache-Control} and
 *     {@code If-None-Match: *}, and a 412 (someone else saved it first) counts as saved, since
 *     a cache file's bytes are determined by its name.
 * <li>{@link #list}: {@code ListObjectsV2}, page by page as the stream is read.
 * </ul>
 *
 * <p>Errors are {@link IOException}s naming the bucket and key and the server's error code,
 * never a credential. Close the storage (the kit does) to close the client it made.
 */
public final class S3Storage implements Storage, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(S3Storage.class.getName());

    /** Attempts at a save that keeps meeting a concurrent conditional write (HTTP 409). */
    private static final int SAVE_ATTEMPTS = 3;

    private final S3Client client;
    private final boolean ownsClient;
    private final String bucket;
    private final String prefix;
    private final ObjectUrls urls;
    private final String cacheFileDirectory;
    private final String cacheControl;
    private final boolean conditionalWrites;

    /**
     * Makes the storage from the {@code imagekit.s3.*} settings ({@link S3Keys}): what
     * {@code imagekit.storage.class=io.github.jimagekit.s3.S3Storage} calls. Credentials come
     * from the SDK's default chain.
     *
     * @param config the kit's settings
     * @throws InvalidConfigurationException naming the key when the bucket is not set, or public
     *     URLs have no base URL
     */
    public S3Storage(ImageKitConfig config) {
        this(S3Settings.builder(config));
    }

    S3Storage(S3StorageBuilder b) {
        this.bucket = b.bucket;
        this.prefix = b.prefix;
        this.cacheFileDirectory = b.cacheFileDirectory.isEmpty() ? ""
                : b.cacheFileDirectory + "/";
        this.cacheControl = b.cacheControl;
        this.conditionalWrites = b.conditionalWrites;
        this.ownsClient = b.client == null;
        this.client = ownsClient ? S3Clients.make(b) : b.client;
        this.urls = b.presignedLifetime != null
                ? ObjectUrls.presigned(client, bucket, b.presignedLifetime)
                : ObjectUrls.under(b.baseUrl != null ? b.baseUrl : "/media/");
    }

    /**
     * Starts a builder, for storages made in code.
     *
     * @return a builder
     */
    public static S3StorageBuilder builder() {
        return new S3StorageBuilder();
    }

    /**
     * Returns the bucket.
     *
     * @return the bucket's name
     */
    public String bucket() {
        return bucket;
    }

    /**
     * Returns the object key a name is stored under.
     *
     * @param name a storage name
     * @return the prefix followed by the name
     * @throws io.github.jimagekit.error.UnsafeNameException when the name is unsafe
     */
    public String key(String name) {
        return prefix + StorageNames.check(name);
    }

    @Override
    public boolean exists(String name) throws IOException {
        return stat(name).isPresent();
    }

    @Override
    public Optional<FileInfo> stat(String name) throws IOException {
        String key = key(name);
        try {
            HeadObjectResponse r = client.headObject(h -> h.bucket(bucket).key(key));
            return Optional.of(new FileInfo(r.contentLength(), r.lastModified()));
        } catch (SdkException e) {
            // a HEAD's 404 has no body: NoSuchKey or not, it is not there
            if (S3Failures.status(e) == 404) {
                return Optional.empty();
            }
            throw S3Failures.of("stat", bucket, key, e);
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        String key = key(name);
        try {
            return client.getObject(g -> g.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw missing(name, key);
        } catch (SdkException e) {
            throw S3Failures.of("read", bucket, key, e);
        }
    }

    @Override
    public byte[] read(String name) throws IOException {
        String key = key(name);
        try {
            return client.getObjectAsBytes(g -> g.bucket(bucket).key(key)).asByteArrayUnsafe();
        } catch (NoSuchKeyException e) {
            throw missing(name, key);
        } catch (SdkException e) {
            throw S3Failures.of("read", bucket, key, e);
        }
    }

    @Override
    public byte[] readPrefix(String name, int maxBytes) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
        String key = key(name);
        try (ResponseInputStream<GetObjectResponse> in = client.getObject(g -> g.bucket(bucket)
                .key(key).range("bytes=0-" + (maxBytes - 1)))) {
            // a server that ignores the range sends it all: stop reading where asked
            return in.readNBytes(maxBytes);
        } catch (NoSuchKeyException e) {
            throw missing(name, key);
        } catch (SdkException e) {
            if (S3Failures.status(e) == 416) {
                // the range starts past the end: the object is empty
                return new byte[0];
            }
            throw S3Failures.of("read", bucket, key, e);
        }
    }

    @Override
    public void save(String name, InputStream content) throws IOException {
        Objects.requireNonNull(content, "content");
        // S3 needs the length before the body: buffer it (cache files are small)
        save(name, content.readAllBytes());
    }

    @Override
    public void save(String name, byte[] content) throws IOException {
        Objects.requireNonNull(content, "content");
        String key = key(name);
        boolean cacheFile = name.startsWith(cacheFileDirectory);
        PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(bucket).key(key)
                .contentType(contentType(name));
        if (cacheFile && !cacheControl.isEmpty()) {
            put.cacheControl(cacheControl);
        }
        if (cacheFile && conditionalWrites) {
            put.ifNoneMatch("*");
        }
        PutObjectRequest request = put.build();
        for (int attempt = 1; ; attempt++) {
            try {
                client.putObject(request, RequestBody.fromBytes(content));
                return;
            } catch (SdkException e) {
                int status = S3Failures.status(e);
                if (status == 412 && request.ifNoneMatch() != null) {
                    LOG.log(Level.DEBUG, () -> "s3://" + bucket + "/" + key + " was saved by"
                            + " another writer first; keeping it");
                    return;
                }
                if (status != 409 || attempt == SAVE_ATTEMPTS) {
                    throw S3Failures.of("save", bucket, key, e);
                }
                // 409: a conditional write of the same key is under way; the retry meets it
            }
        }
    }

    @Override
    public boolean delete(String name) throws IOException {
        String key = key(name);
        if (stat(name).isEmpty()) {
            return false;
        }
        try {
            client.deleteObject(d -> d.bucket(bucket).key(key));
            return true;
        } catch (SdkException e) {
            throw S3Failures.of("delete", bucket, key, e);
        }
    }

    @Override
    public Stream<String> list(String directory) throws IOException {
        String dir = StorageNames.checkDirectory(directory);
        String keyPrefix = dir.isEmpty() ? prefix : prefix + dir + "/";
        return new Listing(client.listObjectsV2Paginator(l -> l.bucket(bucket)
                .prefix(keyPrefix)).contents(), bucket, keyPrefix, prefix).names();
    }

    @Override
    public String url(String name) {
        return urls.url(StorageNames.check(name), prefix + name);
    }

    /** Closes the client the storage made (not one it was given) and the presigner. */
    @Override
    public void close() {
        urls.close();
        if (ownsClient) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "S3Storage[s3://" + bucket + "/" + prefix + ", " + urls + "]";
    }

    private NoSuchFileException missing(String name, String key) {
        return new NoSuchFileException(name, null, "no key \"" + key + "\" in bucket \""
                + bucket + "\"");
    }

    /** The type of the name's extension, as the cache-file servlet would serve it. */
    static String contentType(String name) {
        return ImageFormat.forFileName(name).map(ImageFormat::mimeType)
                .or(() -> Optional.ofNullable(URLConnection.guessContentTypeFromName(name)))
                .orElse("application/octet-stream");
    }
}
