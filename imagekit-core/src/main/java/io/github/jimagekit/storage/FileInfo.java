package io.github.jimagekit.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * What a storage knows about one file without reading it.
 *
 * @param size         the file's length in bytes
 * @param lastModified when the file was last written
 */
public record FileInfo(long size, Instant lastModified) {

    /**
     * Checks the values.
     *
     * @param size         the file's length in bytes, not negative
     * @param lastModified when the file was last written
     */
    public FileInfo {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
