package io.github.jimagekit.micrometer;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheFileBackend;
import io.github.jimagekit.cachefile.CacheStatistics;
import io.github.jimagekit.storage.StorageStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Binds an {@link ImageKit}'s metrics to a Micrometer {@link MeterRegistry}: state-cache lookups
 * and storage calls (read from the kit's own counters, so a warm request costs the same with
 * or without metrics), generations and failures by spec and cause, the generation, decode,
 * encode and save timers, and gauges of the async queue's depth and the generations under way.
 * Every meter is listed in the module's README.
 *
 * <pre>{@code
 * new ImageKitMetrics(kit).bindTo(registry);                 // without Spring Boot
 * new ImageKitMetrics(kit, Tags.of("app", "shop")).bindTo(registry);
 * }</pre>
 *
 * <p>With {@code imagekit-spring-boot-starter} and Micrometer on the class path, Boot binds one
 * itself. Close it to stop recording generations into the registries it was bound to (the
 * meters stay registered).
 */
public final class ImageKitMetrics implements MeterBinder, AutoCloseable {

    /** State-cache lookups, tag {@code result} = {@code hit} or {@code miss}. */
    public static final String STATE_LOOKUPS = "imagekit.state.lookups";
    /** Storage calls, tags {@code storage} and {@code operation}. */
    public static final String STORAGE_CALLS = "imagekit.storage.calls";
    /** Images generated and saved, tag {@code spec}. */
    public static final String GENERATIONS = "imagekit.generations";
    /** Failed generations, tags {@code spec} and {@code cause}. */
    public static final String FAILURES = "imagekit.failures";
    /** The time of each whole generation, tag {@code spec}. */
    public static final String GENERATION = "imagekit.generation";
    /** The time spent decoding sources, tag {@code spec}. */
    public static final String DECODE = "imagekit.decode";
    /** The time spent encoding images, tag {@code spec}. */
    public static final String ENCODE = "imagekit.encode";
    /** The time spent saving cache files, tag {@code spec}. */
    public static final String SAVE = "imagekit.save";
    /** Generations waiting for an async backend's thread. */
    public static final String QUEUE_DEPTH = "imagekit.queue.depth";
    /** Generations under way. */
    public static final String ACTIVE_GENERATIONS = "imagekit.generations.active";

    /** The {@code storage} tag of the cache-file storage's calls. */
    public static final String CACHE_FILE_STORAGE = "cache-files";
    /** The {@code storage} tag of the source storage's calls, when it is a storage of its own. */
    public static final String SOURCE_STORAGE = "sources";

    private final ImageKit kit;
    private final Tags tags;
    private final Map<MeterRegistry, GenerationMeters> bound = new IdentityHashMap<>();

    /**
     * Creates the binder for a kit.
     *
     * @param kit the kit whose metrics to bind
     */
    public ImageKitMetrics(ImageKit kit) {
        this(kit, Tags.empty());
    }

    /**
     * Creates the binder for a kit, adding tags to every meter.
     *
     * @param kit  the kit whose metrics to bind
     * @param tags tags every meter gets, such as the application's name
     */
    public ImageKitMetrics(ImageKit kit, Iterable<Tag> tags) {
        this.kit = Objects.requireNonNull(kit, "kit");
        this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
    }

    /**
     * Registers the meters, and records every generation from now on; a second call for the
     * same registry does nothing.
     *
     * @param registry the registry
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        GenerationMeters meters = new GenerationMeters(registry, tags);
        synchronized (bound) {
            if (bound.putIfAbsent(registry, meters) != null) {
                return;
            }
        }
        CacheStatistics stats = kit.cacheFiles().statistics();
        lookups(registry, stats);
        storageCalls(registry, CACHE_FILE_STORAGE, kit.storageStatistics());
        if (kit.sourceStorageStatistics() != kit.storageStatistics()) {
            storageCalls(registry, SOURCE_STORAGE, kit.sourceStorageStatistics());
        }
        Gauge.builder(QUEUE_DEPTH, kit.cacheFiles().backend(), CacheFileBackend::queued)
                .tags(tags).strongReference(true)
                .description("Generations waiting for a thread of the async backend")
                .register(registry);
        Gauge.builder(ACTIVE_GENERATIONS, stats, CacheStatistics::activeGenerations)
                .tags(tags).strongReference(true)
                .description("Generations under way, in the background or in callers' threads")
                .register(registry);
        stats.addListener(meters);
    }

    /** Stops recording generations; the meters stay registered. */
    @Override
    public void close() {
        synchronized (bound) {
            bound.values().forEach(kit.cacheFiles().statistics()::removeListener);
            bound.clear();
        }
    }

    @Override
    public String toString() {
        return "ImageKitMetrics[" + kit + "]";
    }

    private void lookups(MeterRegistry registry, CacheStatistics stats) {
        FunctionCounter.builder(STATE_LOOKUPS, stats, CacheStatistics::stateHits)
                .tags(tags).tag("result", "hit")
                .description("Lookups the state cache answered").register(registry);
        FunctionCounter.builder(STATE_LOOKUPS, stats, CacheStatistics::stateMisses)
                .tags(tags).tag("result", "miss")
                .description("Lookups the state cache could not answer").register(registry);
    }

    private void storageCalls(MeterRegistry registry, String storage, StorageStatistics counts) {
        for (StorageStatistics.Operation op : StorageStatistics.Operation.values()) {
            FunctionCounter.builder(STORAGE_CALLS, counts, c -> c.count(op))
                    .tags(tags).tag("storage", storage)
                    .tag("operation", op.name().toLowerCase(Locale.ROOT))
                    .description("Calls that may reach the storage").register(registry);
        }
    }
}
