package io.github.jimagekit.source;

import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.storage.StorageNames;
import java.io.IOException;
import java.util.Objects;

/**
 * Where a spec's input comes from: a name in a {@link Storage}, plus a version token that
 * changes when the file does, so that a replaced photo gets new cache file names instead of
 * stale thumbnails.
 *
 * @param storage the storage holding the file
 * @param name    the file's storage name, such as {@code "photos/dog.jpg"}
 * @param version a token that changes whenever the content does ({@code ""} for none); it goes
 *     into cache file hashes
 */
public record Source(Storage storage, String name, String version) {

    /**
     * Checks the values.
     *
     * @param storage the storage holding the file
     * @param name    a safe storage name
     * @param version the version token, {@code ""} for none
     * @throws io.github.jimagekit.error.UnsafeNameException when the name is unsafe
     */
    public Source {
        Objects.requireNonNull(storage, "storage");
        StorageNames.check(name);
        Objects.requireNonNull(version, "version");
    }

    /**
     * Creates an unversioned source; {@link Sources} adds the version that the configured
     * {@link SourceVersioning} computes.
     *
     * @param storage the storage holding the file
     * @param name    a safe storage name
     * @return the source
     */
    public static Source of(Storage storage, String name) {
        return new Source(storage, name, "");
    }

    /**
     * Returns this source with a version token, for applications that know when their files
     * change (a database column, an upload counter) and so save the storage lookup.
     *
     * @param newVersion the version token
     * @return the versioned source
     */
    public Source withVersion(String newVersion) {
        return new Source(storage, name, newVersion);
    }

    /**
     * Tells whether this source carries a version token.
     *
     * @return whether {@link #version()} is not empty
     */
    public boolean isVersioned() {
        return !version.isEmpty();
    }

    /**
     * Reads the whole file.
     *
     * @return the file's bytes
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws IOException when the storage cannot be read
     */
    public byte[] read() throws IOException {
        return storage.read(name);
    }

    /**
     * Reads the file's first bytes, for its header: a remote storage asks for that range only.
     *
     * @param maxBytes how many bytes to read at most, at least 1
     * @return the first {@code maxBytes} bytes, or the whole file when it is shorter
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws IOException when the storage cannot be read
     * @see Storage#readPrefix(String, int)
     */
    public byte[] readPrefix(int maxBytes) throws IOException {
        return storage.readPrefix(name, maxBytes);
    }

    @Override
    public String toString() {
        return version.isEmpty() ? name : name + "@" + version;
    }
}
