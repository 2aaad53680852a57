package io.github.jimagekit.cachefile;

import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.GeneratorCall;
import io.github.jimagekit.spec.ImageGenerator;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.storage.StorageNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;

/**
 * One application's cache-file layer: makes {@link ImageCacheFile}s for generators and keeps
 * the machinery they share (storage, state cache, default backend and strategy, statistics,
 * the in-flight generations). {@code ImageKit} owns one; build it with {@link #builder()}.
 *
 * <p>How a file comes to exist: the state cache is asked first (a hit costs no storage call);
 * on a miss, one caller per file in this JVM (the others wait for it) asks the storage once,
 * and when the file is absent takes a generation lease in the state cache, generates, saves
 * atomically and records the file's size. A failure is remembered for the failure window and
 * given to every caller in it; then the next request retries.
 */
public final class CacheFiles implements AutoCloseable {

    private final Storage storage;
    private final String directory;
    private final StateCache stateCache;
    private final CacheFileNamer specNamer;
    private final CacheFileNamer namer;
    private final CacheFileBackend backend;
    private final CacheFileStrategy strategy;
    private final CacheStatistics statistics;
    private final StateKeeper states;

    private CacheFiles(Builder b) {
        this.storage = Objects.requireNonNull(b.storage, "storage");
        this.directory = b.directory;
        this.stateCache = Objects.requireNonNull(b.stateCache, "stateCache");
        this.specNamer = b.specNamer != null ? b.specNamer
                : CacheFileNamer.sourceNameAsPath(directory);
        this.namer = b.namer != null ? b.namer : CacheFileNamer.hash(directory);
        this.backend = Objects.requireNonNull(b.backend, "backend");
        this.strategy = Objects.requireNonNull(b.strategy, "strategy");
        this.statistics = new CacheStatistics(Objects.requireNonNull(b.clock, "clock"));
        this.states = new StateKeeper(storage, stateCache, Objects.requireNonNull(b.imaging,
                "imaging"), Objects.requireNonNull(b.timeouts, "timeouts"),
                Objects.requireNonNull(b.clock, "clock"), statistics);
    }

    /**
     * Starts a builder.
     *
     * @return a builder with the just-in-time strategy, the simple backend, the cache
     *     directory {@code CACHE/images} with the {@code source-name-as-path} namer for specs
     *     and the {@code hash} namer for other generators, and the default timeouts
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Makes the cache file of a generator, with the default backend and strategy.
     *
     * @param generator the generator
     * @return the cache file; nothing is generated yet
     */
    public ImageCacheFile file(ImageGenerator generator) {
        return file(generator, backend, strategy);
    }

    /**
     * Makes the cache file of a generator with its own backend and strategy (django's
     * per-spec {@code cachefile_backend} and {@code cachefile_strategy}).
     *
     * @param generator    the generator
     * @param fileBackend  how it is generated
     * @param fileStrategy when it is generated
     * @return the cache file; nothing is generated yet
     */
    public ImageCacheFile file(ImageGenerator generator, CacheFileBackend fileBackend,
            CacheFileStrategy fileStrategy) {
        return file(generator, null, fileBackend, fileStrategy);
    }

    /**
     * Makes the cache file of a registered generator, remembering how it was asked for, so
     * that a job engine can make the same file on another node ({@link ImageCacheFile#call()}).
     *
     * @param generator    the generator
     * @param call         its id and arguments, or {@code null} when unknown
     * @param fileBackend  how it is generated
     * @param fileStrategy when it is generated
     * @return the cache file; nothing is generated yet
     */
    public ImageCacheFile file(ImageGenerator generator, GeneratorCall call,
            CacheFileBackend fileBackend, CacheFileStrategy fileStrategy) {
        CacheFileNamer n = generator.source().isPresent() ? specNamer : namer;
        return new ImageCacheFile(this, generator, n.name(generator), fileBackend, fileStrategy,
                call);
    }

    /**
     * Deletes a cache file and forgets its state.
     *
     * @param name the cache file's name
     * @return whether a file was deleted
     * @throws UncheckedIOException when the storage cannot delete it
     */
    public boolean delete(String name) {
        try {
            boolean deleted = storage.delete(name);
            stateCache.put(name, CacheFileState.DoesNotExist.INSTANCE);
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete cache file \"" + name + "\"", e);
        }
    }

    /**
     * Tells whether a source is one of these cache files: a file of the cache-file storage under
     * the cache directory. Batch generation skips those when a source group lists them.
     *
     * @param source a source
     * @return whether it is in the cache directory of the cache-file storage
     */
    public boolean holds(Source source) {
        return source.storage() == storage && source.name().startsWith(directory + "/");
    }

    /**
     * Returns the directory, inside the storage, that holds the cache files the built-in namers
     * make (a health check writes its probe there).
     *
     * @return a directory name such as {@code "CACHE/images"}
     */
    public String directory() {
        return directory;
    }

    /**
     * Returns the namer of the cache files of generators that have a source (specs).
     *
     * @return the namer
     */
    public CacheFileNamer specNamer() {
        return specNamer;
    }

    /**
     * Returns the counters.
     *
     * @return the statistics
     */
    public CacheStatistics statistics() {
        return statistics;
    }

    /**
     * Returns the state cache.
     *
     * @return the state cache
     */
    public StateCache stateCache() {
        return stateCache;
    }

    /**
     * Returns the storage cache files are saved in.
     *
     * @return the cache-file storage
     */
    public Storage storage() {
        return storage;
    }

    /**
     * Returns the default backend.
     *
     * @return the backend of files made without one
     */
    public CacheFileBackend backend() {
        return backend;
    }

    /**
     * Returns the default strategy.
     *
     * @return the strategy of files made without one
     */
    public CacheFileStrategy strategy() {
        return strategy;
    }

    /** Stops the default backend's threads and closes the state cache. */
    @Override
    public void close() {
        try {
            backend.close();
        } finally {
            stateCache.close();
        }
    }

    StateKeeper states() {
        return states;
    }

    /** Builds {@link CacheFiles}. */
    public static final class Builder {

        private Storage storage;
        private String directory = "CACHE/images";
        private StateCache stateCache;
        private CacheFileNamer specNamer;
        private CacheFileNamer namer;
        private CacheFileBackend backend = CacheFileBackend.simple();
        private CacheFileStrategy strategy = CacheFileStrategy.justInTime();
        private Imaging imaging;
        private StateTimeouts timeouts = StateTimeouts.DEFAULT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the storage cache files are saved in.
         *
         * @param value the storage
         * @return this builder
         */
        public Builder storage(Storage value) {
            this.storage = value;
            return this;
        }

        /**
         * Sets the directory, inside the storage, that holds the cache files: where the
         * built-in namers put them unless {@link #namers} are set.
         *
         * @param value a directory such as {@code "CACHE/images"}
         * @return this builder
         * @throws io.github.jimagekit.error.UnsafeNameException when it is not a safe directory
         *     name
         */
        public Builder directory(String value) {
            this.directory = StorageNames.checkDirectory(value);
            return this;
        }

        /**
         * Sets the state cache; closing the {@link CacheFiles} closes it.
         *
         * @param value the state cache
         * @return this builder
         */
        public Builder stateCache(StateCache value) {
            this.stateCache = value;
            return this;
        }

        /**
         * Sets the namers.
         *
         * @param forSpecs      names files of generators with a source
         * @param forGenerators names files of generators without one
         * @return this builder
         */
        public Builder namers(CacheFileNamer forSpecs, CacheFileNamer forGenerators) {
            this.specNamer = Objects.requireNonNull(forSpecs, "forSpecs");
            this.namer = Objects.requireNonNull(forGenerators, "forGenerators");
            return this;
        }

        /**
         * Sets the default backend; closing the {@link CacheFiles} closes it.
         *
         * @param value the backend
         * @return this builder
         */
        public Builder backend(CacheFileBackend value) {
            this.backend = value;
            return this;
        }

        /**
         * Sets the default strategy.
         *
         * @param value the strategy
         * @return this builder
         */
        public Builder strategy(CacheFileStrategy value) {
            this.strategy = value;
            return this;
        }

        /**
         * Sets the imaging engine, used to read the size of files that exist but whose state
         * is unknown.
         *
         * @param value the engine
         * @return this builder
         */
        public Builder imaging(Imaging value) {
            this.imaging = value;
            return this;
        }

        /**
         * Sets the timeouts of failures and leases.
         *
         * @param value the timeouts
         * @return this builder
         */
        public Builder timeouts(StateTimeouts value) {
            this.timeouts = value;
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * Builds the layer.
         *
         * @return the cache-file layer
         * @throws NullPointerException when the storage, state cache or imaging is missing
         */
        public CacheFiles build() {
            return new CacheFiles(this);
        }
    }
}
