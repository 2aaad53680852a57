package io.github.jimagekit.s3;

import io.github.jimagekit.error.UnsafeNameException;
import io.github.jimagekit.storage.StorageNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The storage names under a key prefix, from {@code ListObjectsV2} pages fetched as the stream
 * is read. The first page is fetched at once, so that a missing bucket or a refused request
 * fails the {@code list} call itself; a later page's failure is an
 * {@link UncheckedIOException}. Keys that are not storage names (folder markers ending with a
 * slash, keys with empty or dot segments) are skipped.
 */
final class Listing {

    private static final System.Logger LOG = System.getLogger(Listing.class.getName());

    private final SdkIterable<S3Object> pages;
    private final String bucket;
    private final String keyPrefix;
    private final String prefix;

    /**
     * Wraps the objects of one listing.
     *
     * @param pages     the SDK's paginated objects, not fetched yet
     * @param bucket    the bucket, for messages
     * @param keyPrefix the key prefix listed, for messages
     * @param prefix    the storage's prefix, taken off each key
     */
    Listing(SdkIterable<S3Object> pages, String bucket, String keyPrefix, String prefix) {
        this.pages = pages;
        this.bucket = bucket;
        this.keyPrefix = keyPrefix;
        this.prefix = prefix;
    }

    /**
     * Streams the names, fetching the first page now.
     *
     * @return the storage names, in key order
     * @throws IOException when the first page cannot be fetched
     */
    Stream<String> names() throws IOException {
        Iterator<S3Object> objects;
        try {
            objects = pages.iterator();
            objects.hasNext();
        } catch (SdkException e) {
            throw S3Failures.of("list", bucket, keyPrefix, e);
        }
        Iterator<S3Object> checked = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return objects.hasNext();
                } catch (SdkException e) {
                    throw new UncheckedIOException(S3Failures.of("list", bucket, keyPrefix, e));
                }
            }

            @Override
            public S3Object next() {
                return objects.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(checked,
                Spliterator.ORDERED | Spliterator.NONNULL), false)
                .map(o -> name(o.key())).flatMap(Optional::stream);
    }

    private Optional<String> name(String key) {
        String name = key.substring(prefix.length());
        try {
            return Optional.of(StorageNames.check(name));
        } catch (UnsafeNameException e) {
            LOG.log(Level.DEBUG, () -> "skipping s3://" + bucket + "/" + key + ": "
                    + e.getMessage());
            return Optional.empty();
        }
    }
}
