package io.github.jimagekit.example.web;

import io.github.jimagekit.cachefile.CacheStatistics;
import io.github.jimagekit.status.KitHealth;
import io.github.jimagekit.status.KitReport;
import io.github.jimagekit.status.KitStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the status page shows, read from the kit at one moment through jimagekit's
 * {@link KitStatus} (the same reader as the Spring Boot starter's {@code imagekit} health
 * indicator and endpoint): the health checks, the cache-file layer's counters (state-cache hits
 * and misses, generations, failures with their messages, failures in the last minute), the
 * storage calls by operation, the registered generators and source groups; and, the gallery's
 * own, the threads named {@code imagekit-*} with the application they belong to (so a
 * redeployment that left one behind shows).
 *
 * <p>Its values are records; templates call their accessors ({@code ${row.name()}}).
 *
 * @param kit     the kit's report
 * @param health  the kit's health
 * @param storage storage calls by operation
 * @param threads the {@code imagekit-*} threads of the JVM
 * @param photos  how many photos the album lists
 * @param started when this deployment started
 */
public record StatusReport(KitReport kit, KitHealth health, List<StorageRow> storage,
        List<ThreadRow> threads, int photos, Instant started) {

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
     * @param status  the application's kit's status reader
     * @param loader  the application's class loader, to tell its threads from others'
     * @param photos  how many photos the album lists
     * @param started when this deployment started
     * @return the report
     */
    public static StatusReport of(KitStatus status, ClassLoader loader, int photos,
            Instant started) {
        KitReport kit = status.report();
        KitReport.StorageCalls calls = kit.storageCalls();
        List<StorageRow> storage = new ArrayList<>();
        calls.cacheFiles().forEach((op, count) -> storage.add(new StorageRow(op, count,
                calls.sources().get(op))));
        return new StatusReport(kit, status.health(), List.copyOf(storage), threads(loader),
                photos, started);
    }

    /**
     * Returns the cache-file counters.
     *
     * @return the counters and recent failures
     */
    public CacheStatistics.Snapshot statistics() {
        return kit.cache();
    }

    /**
     * Returns the registered generators.
     *
     * @return their ids, sorted
     */
    public List<String> generators() {
        return kit.generators();
    }

    /**
     * Returns the share of state-cache lookups that were answered.
     *
     * @return such as {@code "97.5 %"}, or {@code "–"} before the first lookup
     */
    public String hitRatio() {
        CacheStatistics.Snapshot s = kit.cache();
        long all = s.stateHits() + s.stateMisses();
        return all == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%",
                100.0 * s.stateHits() / all);
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
