package io.github.jimagekit.example.web;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheStatistics;
import io.github.jimagekit.storage.StorageStatistics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the status page shows, read from the kit at one moment: the cache-file layer's counters
 * (state-cache hits and misses, generations, failures with their messages), the storage calls
 * by operation, the registered generators, and the threads named {@code imagekit-*} with the
 * application they belong to (so a redeployment that left one behind shows).
 *
 * <p>Its values are records; templates call their accessors ({@code ${row.name()}}).
 *
 * @param statistics the cache-file counters
 * @param storage    storage calls by operation
 * @param threads    the {@code imagekit-*} threads of the JVM
 * @param generators the registered generator ids, sorted
 * @param photos     how many photos the album lists
 * @param started    when this deployment started
 */
public record StatusReport(CacheStatistics.Snapshot statistics, List<StorageRow> storage,
        List<ThreadRow> threads, List<String> generators, int photos, Instant started) {

    /** The prefix of jimagekit's thread names. */
    public static final String THREAD_PREFIX = "imagekit-";

    /**
     * Calls of one storage operation.
     *
     * @param operation  the operation, such as {@code exists}
     * @param cacheFiles calls to the cache-file storage
     * @param sources    calls to the source storage (the photos folder)
     */
    public record StorageRow(String operation, long cacheFiles, long sources) {
    }

    /**
     * One {@code imagekit-*} thread.
     *
     * @param name  the thread's name
     * @param state its state, such as {@code RUNNABLE}
     * @param owner {@code this application}, {@code another application} (one that was
     *     undeployed or redeployed: a leak) or {@code none}
     */
    public record ThreadRow(String name, String state, String owner) {
    }

    /**
     * Reads the kit.
     *
     * @param kit     the application's kit
     * @param loader  the application's class loader, to tell its threads from others'
     * @param photos  how many photos the album lists
     * @param started when this deployment started
     * @return the report
     */
    public static StatusReport of(ImageKit kit, ClassLoader loader, int photos,
            Instant started) {
        List<StorageRow> storage = new ArrayList<>();
        for (StorageStatistics.Operation op : StorageStatistics.Operation.values()) {
            storage.add(new StorageRow(op.name().toLowerCase(Locale.ROOT),
                    kit.storageStatistics().count(op), kit.sourceStorageStatistics().count(op)));
        }
        return new StatusReport(kit.cacheFiles().statistics().snapshot(), List.copyOf(storage),
                threads(loader), kit.registry().generators().ids().stream().sorted().toList(),
                photos, started);
    }

    /**
     * Returns the share of state-cache lookups that were answered.
     *
     * @return such as {@code "97.5 %"}, or {@code "–"} before the first lookup
     */
    public String hitRatio() {
        long all = statistics.stateHits() + statistics.stateMisses();
        return all == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%",
                100.0 * statistics.stateHits() / all);
    }

    /**
     * Counts the threads of other applications: leaked ones.
     *
     * @return how many {@code imagekit-*} threads belong to another application
     */
    public long leakedThreads() {
        return threads.stream().filter(t -> t.owner().equals("another application")).count();
    }

    private static List<ThreadRow> threads(ClassLoader loader) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(THREAD_PREFIX))
                .sorted(Comparator.comparing(Thread::getName))
                .map(t -> new ThreadRow(t.getName(), t.getState().name(),
                        t.getContextClassLoader() == null ? "none"
                                : t.getContextClassLoader() == loader ? "this application"
                                : "another application"))
                .toList();
    }
}
