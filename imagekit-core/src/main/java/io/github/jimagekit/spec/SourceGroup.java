package io.github.jimagekit.spec;

import io.github.jimagekit.source.Source;
import io.github.jimagekit.storage.Storage;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The sources one generator applies to: django-imagekit's source groups. A group has two jobs:
 * to list its sources for batch generation ({@link #files(Storage)}, used by
 * {@code generateimages} and start-up pregeneration), and to say whether a source belongs to it
 * ({@link #contains(Source)}), so that "source saved" and "source deleted" events reach the
 * cache files of every generator registered on it. A group that learns of changes by itself
 * (a repository, a watcher) may also announce them to {@linkplain #listen listeners}.
 *
 * <p>Register a group with
 * {@link io.github.jimagekit.registry.Registry#sourceGroup(String, SourceGroup)}. The built-in
 * {@link #glob(String)} group is the files of the source storage whose names match a pattern;
 * an application writes its own for a database table:
 *
 * <pre>{@code
 * public final class PhotoGroup implements SourceGroup {
 *     public Stream<Source> files(Storage storage) {
 *         return jdbc.queryForStream("select image from photo", (rs, i) -> rs.getString(1))
 *                 .map(name -> Source.of(storage, name));
 *     }
 *     public boolean contains(Source source) {
 *         return source.name().startsWith("uploads/");
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations are thread-safe: events may arrive from any thread while a batch streams
 * the files.
 */
public interface SourceGroup {

    /**
     * Lists the group's sources, lazily: a group may hold millions, and the batch holds only a
     * few at a time. The caller closes the stream (so a JDBC cursor or a directory walk is
     * released) and reads it from one thread.
     *
     * @param sourceStorage the application's source storage, for groups that list it or name
     *     their sources in it
     * @return the sources, unversioned or versioned, in any order
     * @throws java.io.UncheckedIOException when the sources cannot be listed
     */
    Stream<Source> files(Storage sourceStorage);

    /**
     * Tells whether a source belongs to this group, so that an event about it reaches the
     * generators registered on the group. Must not need the source to exist: a deleted source
     * is asked about too.
     *
     * @param source the source, versioned or not
     * @return whether it is one of this group's
     */
    boolean contains(Source source);

    /**
     * Subscribes to the events this group announces itself. Groups that never do (the built-in
     * ones: the application reports changes with {@code ImageKit.sourceSaved} and
     * {@code sourceDeleted}) keep the default, which announces nothing; others delegate to a
     * {@link SourceEvents}.
     *
     * @param listener told of every saved or deleted source
     * @return the subscription; closing it unsubscribes
     */
    default Subscription listen(SourceListener listener) {
        Objects.requireNonNull(listener, "listener");
        return () -> {
        };
    }

    /**
     * The group of the source storage's files whose names match a glob pattern.
     *
     * <ul>
     *   <li>{@code /} separates segments; names are matched whole and case-sensitively;</li>
     *   <li>{@code *} matches any characters within one segment, {@code ?} one character;</li>
     *   <li>{@code **} as a whole segment matches zero or more segments:
     *       <code>photos/**&#47;*.jpg</code> matches {@code photos/a.jpg} and
     *       {@code photos/2024/05/a.jpg}; a trailing {@code **} matches every file below;</li>
     *   <li>{@code {jpg,png}} matches either alternative.</li>
     * </ul>
     *
     * <p>Listing starts at the longest directory without a wildcard ({@code photos} above), so
     * only that part of the storage is walked.
     *
     * @param pattern the pattern, such as <code>"photos/**&#47;*.{jpg,jpeg,png}"</code>
     * @return the group; groups with the same pattern are equal
     * @throws IllegalArgumentException quoting the pattern when it is empty, absolute, has an
     *     empty, {@code .} or {@code ..} segment, a backslash, or unbalanced braces
     */
    static SourceGroup glob(String pattern) {
        return new StorageGlobGroup(pattern);
    }

    /** A subscription to a group's events; closing it unsubscribes. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {

        /** Unsubscribes; closing again does nothing. */
        @Override
        void close();
    }
}
