package io.github.jimagekit.cachefile;

import java.util.Locale;

/**
 * How cache files are generated and how their existence is known: django-imagekit's cache file
 * backends. Both built-in backends consult the {@link StateCache} before the storage, generate
 * each file once however many requests want it at the same time, and record failures so that a
 * broken source cannot wedge a file.
 *
 * <ul>
 *   <li>{@link #simple()}: generates synchronously, in the calling thread.
 *   <li>{@link #async(int, int)}: generates on a bounded pool of background threads. When its
 *       queue is full, the caller generates the file itself, so that no request is lost and
 *       memory stays bounded.
 * </ul>
 *
 * <p>A job engine plugs in by implementing this interface: {@link #generate} enqueues a job
 * that, on the worker, calls {@code CacheFileBackend.simple().generate(file, force)} for the
 * same file (rebuild it there with {@code ImageKit.cacheFile(id, arguments)}).
 */
public interface CacheFileBackend extends AutoCloseable {

    /**
     * Makes sure a file exists: returns at once when the state cache says it does, otherwise
     * generates it (synchronous backends) or schedules its generation (asynchronous ones).
     *
     * @param file  the cache file
     * @param force whether to generate even when the file exists
     * @throws io.github.jimagekit.error.GenerationFailedException when a synchronous generation
     *     fails, or failed within the failure window
     */
    void generate(ImageCacheFile file, boolean force);

    /**
     * Tells whether a file exists: from the state cache, or from the storage when the state is
     * unknown (and then remembered).
     *
     * @param file the cache file
     * @return whether the file exists now
     */
    default boolean exists(ImageCacheFile file) {
        return file.owner().states().exists(file);
    }

    /**
     * Tells whether files are generated in the background, so that a file may not exist right
     * after {@link #generate}.
     *
     * @return whether this backend is asynchronous
     */
    default boolean isAsync() {
        return false;
    }

    /**
     * Tells how many generations wait for a background thread: the async queue's depth, which a
     * metrics binder reports as a gauge. Read it for monitoring only: it may be out of date
     * as soon as it is returned.
     *
     * @return the generations queued and not yet started; 0 for a synchronous backend
     */
    default int queued() {
        return 0;
    }

    /** Stops background work; pending generations are dropped. */
    @Override
    default void close() {
    }

    /**
     * Returns the synchronous backend.
     *
     * @return the simple backend
     */
    static CacheFileBackend simple() {
        return SimpleBackend.INSTANCE;
    }

    /**
     * Creates an asynchronous backend with its own bounded pool of daemon threads named
     * {@code imagekit-async-N}. Close it (closing the {@code ImageKit} does) to stop them: it
     * returns once they have ended (waiting at most 10 seconds, with a warning naming a thread
     * still alive then).
     *
     * @param threads   how many files are generated at once
     * @param queueSize how many files may wait; beyond that, callers generate themselves
     * @return the backend
     */
    static CacheFileBackend async(int threads, int queueSize) {
        return new AsyncBackend(threads, queueSize);
    }

    /**
     * Tells whether a setting names a built-in backend.
     *
     * @param name a setting value
     * @return whether it is {@code simple} or {@code async}
     */
    static boolean isBuiltIn(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals("simple") || n.equals("async");
    }
}
