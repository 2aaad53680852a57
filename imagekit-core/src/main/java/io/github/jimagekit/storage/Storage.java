package io.github.jimagekit.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where source images and cache files live: a flat namespace of {@code /}-separated names.
 *
 * <p>Every name passed in is checked with {@link StorageNames#check(String)}: names that could
 * escape the root are refused with an {@link io.github.jimagekit.error.UnsafeNameException} before any
 * I/O. {@link #save} is atomic: a reader never sees a partial file under the final name. Only
 * {@link #url(String)} and {@link #path(String)} are pure computations; every other method may
 * reach the storage, which is why the caching layer calls them as rarely as it can.
 *
 * <p>Implementations must be thread-safe. {@link FileSystemStorage} is the default. A storage
 * that holds resources (a remote client) implements {@link AutoCloseable}: the kit closes it
 * when it closes.
 */
public interface Storage {

    /**
     * Tells whether a file exists under a name.
     *
     * @param name a storage name such as {@code "photos/dog.jpg"}
     * @return whether the file exists
     * @throws IOException when the storage cannot be reached
     */
    boolean exists(String name) throws IOException;

    /**
     * Reads a file's size and modification time in one call.
     *
     * @param name a storage name
     * @return the file's metadata, or empty when there is no such file
     * @throws IOException when the storage cannot be reached
     */
    Optional<FileInfo> stat(String name) throws IOException;

    /**
     * Opens a file for reading. The caller closes the stream.
     *
     * @param name a storage name
     * @return the file's content
     * @throws NoSuchFileException when there is no such file
     * @throws IOException when the storage cannot be reached
     */
    InputStream open(String name) throws IOException;

    /**
     * Reads a whole file.
     *
     * @param name a storage name
     * @return the file's bytes
     * @throws NoSuchFileException when there is no such file
     * @throws IOException when the storage cannot be reached
     */
    default byte[] read(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    /**
     * Reads the first bytes of a file: what a format keeps at its start, such as an image's
     * header. A remote storage asks for that range alone (one ranged request) instead of the
     * whole file.
     *
     * <p>The default opens the file and reads at most {@code maxBytes} of it, which is already
     * all a local file costs; a storage whose {@link #open} would fetch the whole file overrides
     * it.
     *
     * @param name     a storage name
     * @param maxBytes how many bytes to read at most, at least 1
     * @return the file's first {@code maxBytes} bytes, or the whole file when it is shorter
     * @throws IllegalArgumentException when {@code maxBytes} is below 1
     * @throws NoSuchFileException when there is no such file
     * @throws IOException when the storage cannot be reached
     */
    default byte[] readPrefix(String name, int maxBytes) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
        try (InputStream in = open(name)) {
            return in.readNBytes(maxBytes);
        }
    }

    /**
     * Saves a file atomically, replacing any file of that name: readers see either the old
     * content or the whole new content, never a part, and a crash leaves no partial file under
     * the name.
     *
     * @param name    a storage name
     * @param content the new content; read to its end, not closed
     * @throws IOException when the content cannot be read or the storage cannot be written
     */
    void save(String name, InputStream content) throws IOException;

    /**
     * Saves bytes atomically; see {@link #save(String, InputStream)}.
     *
     * @param name    a storage name
     * @param content the new content
     * @throws IOException when the storage cannot be written
     */
    default void save(String name, byte[] content) throws IOException {
        save(name, new ByteArrayInputStream(content));
    }

    /**
     * Deletes a file.
     *
     * @param name a storage name
     * @return whether a file was deleted ({@code false} when there was none)
     * @throws IOException when the storage cannot be written
     */
    boolean delete(String name) throws IOException;

    /**
     * Lists the files under a directory and all its subdirectories, lazily, so that a
     * directory of millions of files can be streamed. The caller closes the stream.
     *
     * @param directory a directory name such as {@code "photos"}, or {@code ""} for the root
     * @return the storage names of the files, in no particular order; empty when the
     *     directory does not exist
     * @throws IOException when the storage cannot be reached
     */
    Stream<String> list(String directory) throws IOException;

    /**
     * Computes the URL under which a file is served. Pure computation: no I/O.
     *
     * @param name a storage name
     * @return the URL, with each path segment percent-encoded
     */
    String url(String name);

    /**
     * Computes the local filesystem path of a file, for storages that have one. Pure
     * computation: no I/O.
     *
     * @param name a storage name
     * @return the path, or empty for remote storages
     */
    default Optional<Path> path(String name) {
        return Optional.empty();
    }

    /**
     * Returns the local directory that holds this storage's files, for storages that have one.
     *
     * @return the root directory, or empty for remote storages
     */
    default Optional<Path> localRoot() {
        return Optional.empty();
    }
}
