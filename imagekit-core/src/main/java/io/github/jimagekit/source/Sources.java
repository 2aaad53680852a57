package io.github.jimagekit.source;

import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.error.UnsafeNameException;
import io.github.jimagekit.storage.Storage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns template values into versioned {@link Source}s.
 *
 * <p>Values are resolved by the application's {@link SourceResolver}s first, then: a
 * {@link Source} as is, a {@code String} as a name in the source storage, a {@link Path} or
 * {@link File} relative to the source storage's root (paths outside it are refused).
 *
 * <p>An unversioned source gets its version from the configured {@link SourceVersioning}.
 * Versions are remembered for {@code versionTtl} (setting {@code imagekit.source.version-ttl}),
 * so a warm page does not touch the storage; {@link #forget(String)} (called when the
 * application reports a saved or deleted source) makes the next lookup fresh at once.
 */
public final class Sources {

    private final Storage storage;
    private final SourceVersioning versioning;
    private final List<SourceResolver> resolvers;
    private final VersionMemo memo;

    /**
     * Creates a resolver.
     *
     * @param storage    the source storage: where source names point
     * @param versioning how versions are computed
     * @param resolvers  the application's resolvers, asked first, in order
     * @param memo       where computed versions are remembered
     */
    public Sources(Storage storage, SourceVersioning versioning, List<SourceResolver> resolvers,
            VersionMemo memo) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.versioning = Objects.requireNonNull(versioning, "versioning");
        this.resolvers = List.copyOf(resolvers);
        this.memo = Objects.requireNonNull(memo, "memo");
    }

    /**
     * Creates a resolver that remembers versions on the heap.
     *
     * @param storage    the source storage: where source names point
     * @param versioning how versions are computed
     * @param versionTtl how long a computed version is trusted; {@link Duration#ZERO} checks
     *     every time
     * @param resolvers  the application's resolvers, asked first, in order
     * @param clock      the clock that times the TTL
     */
    public Sources(Storage storage, SourceVersioning versioning, Duration versionTtl,
            List<SourceResolver> resolvers, Clock clock) {
        this(storage, versioning, resolvers, VersionMemo.inMemory(versionTtl, clock));
    }

    /**
     * Returns the source storage.
     *
     * @return the storage that plain names refer to
     */
    public Storage storage() {
        return storage;
    }

    /**
     * Resolves a template value to a versioned source.
     *
     * @param value a {@link Source}, a storage name, a {@link Path} or {@link File} under the
     *     source root, or anything an application resolver handles
     * @return the versioned source
     * @throws MissingSourceException when the value is {@code null} or blank, or the source
     *     does not exist (with the default versioning)
     * @throws UnsafeNameException when the name could escape the storage root
     * @throws ImageKitException when no resolver handles the value's type
     */
    public Source resolve(Object value) {
        if (value == null || (value instanceof CharSequence s && s.toString().isBlank())) {
            throw new MissingSourceException("no source given (the value was "
                    + (value == null ? "null" : "blank") + ")");
        }
        return versioned(unversioned(value));
    }

    /**
     * Resolves a template value to a source without adding a version, so without touching the
     * storage: for a source that may no longer exist (a deleted one).
     *
     * @param value as for {@link #resolve(Object)}
     * @return the source, versioned only when the value carried a version
     * @throws MissingSourceException when the value is {@code null} or blank
     * @throws UnsafeNameException when the name could escape the storage root
     * @throws ImageKitException when no resolver handles the value's type
     */
    public Source resolveUnversioned(Object value) {
        if (value == null || (value instanceof CharSequence s && s.toString().isBlank())) {
            throw new MissingSourceException("no source given (the value was "
                    + (value == null ? "null" : "blank") + ")");
        }
        return unversioned(value);
    }

    /**
     * Adds the version to a source that has none.
     *
     * @param source a source
     * @return the source itself when it is versioned or versioning is off, else the source with
     *     its current (possibly remembered) version
     * @throws MissingSourceException when the source does not exist
     */
    public Source versioned(Source source) {
        if (source.isVersioned() || versioning == SourceVersioning.NONE) {
            return source;
        }
        boolean ours = source.storage() == storage;
        Optional<String> remembered = ours ? memo.get(source.name()) : Optional.empty();
        if (remembered.isPresent()) {
            return source.withVersion(remembered.get());
        }
        String version;
        try {
            version = versioning.versionOf(source.storage(), source.name());
        } catch (IOException e) {
            throw new ImageKitException("source \"" + source.name() + "\" cannot be read: "
                    + e.getClass().getSimpleName(), e);
        }
        if (ours) {
            memo.put(source.name(), version);
        }
        return source.withVersion(version);
    }

    /**
     * Forgets a source's remembered version, so that the next lookup reads it again. Call it
     * when a source is saved, replaced or deleted.
     *
     * @param name the source's storage name
     */
    public void forget(String name) {
        memo.forget(name);
    }

    private Source unversioned(Object value) {
        for (SourceResolver r : resolvers) {
            Optional<Source> s = r.resolve(value, storage);
            if (s.isPresent()) {
                return s.get();
            }
        }
        if (value instanceof Source s) {
            return s;
        }
        if (value instanceof CharSequence s) {
            return Source.of(storage, s.toString().strip());
        }
        if (value instanceof File f) {
            return fromPath(f.toPath());
        }
        if (value instanceof Path p) {
            return fromPath(p);
        }
        throw new ImageKitException("cannot use a " + value.getClass().getName()
                + " as an image source: pass a storage name, a Path, a File or a Source, or"
                + " register a SourceResolver for this type");
    }

    private Source fromPath(Path path) {
        Path root = storage.localRoot().orElse(null);
        if (!path.isAbsolute()) {
            return Source.of(storage, path.toString().replace(File.separatorChar, '/'));
        }
        Path p = path.normalize();
        if (root == null || !p.startsWith(root) || p.equals(root)) {
            throw new UnsafeNameException("path \"" + path.getFileName()
                    + "\" is not inside the source storage");
        }
        return Source.of(storage, root.relativize(p).toString().replace(File.separatorChar, '/'));
    }
}
