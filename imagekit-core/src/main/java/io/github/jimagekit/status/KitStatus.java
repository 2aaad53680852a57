package io.github.jimagekit.status;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheFiles;
import io.github.jimagekit.cachefile.CacheStatistics;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.internal.MeteredStorage;
import io.github.jimagekit.registry.SourceGroupRegistration;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.storage.StorageStatistics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one kit's health and status: what a load balancer's health check, an Actuator endpoint
 * or a status page shows. Keep one per kit (it remembers its last storage probe); it is
 * thread-safe and only reads the kit, apart from the probe file.
 *
 * <pre>{@code
 * KitStatus status = KitStatus.of(kit);
 * if (!status.health().isUp()) { ... }
 * KitReport report = status.report();
 * }</pre>
 *
 * <p><b>The storage probe.</b> Whether the cache-file storage is writable is found by doing it:
 * a 22-byte file named {@value #PROBE_FILE} is saved in the cache directory and deleted again,
 * through the {@link Storage} interface, so it works for any storage. It has one fixed name, so
 * nothing accumulates (a probe whose delete failed is replaced and deleted by the next), lives
 * for one save and one delete, sits in the cache directory (which batch generation skips as a
 * source) and is not counted in the storage statistics. The outcome is reused for the probe
 * interval (10 s by default), so a health check polled every second costs one save and one
 * delete every 10 s.
 */
public final class KitStatus {

    /** The name, inside the cache directory, of the file the storage probe saves and deletes. */
    public static final String PROBE_FILE = ".imagekit-health-probe";
    /** How long a storage probe's outcome is reused by default. */
    public static final Duration DEFAULT_PROBE_INTERVAL = Duration.ofSeconds(10);

    private static final byte[] PROBE = "jimagekit health probe".getBytes(StandardCharsets.UTF_8);

    /** A storage probe's outcome and when it was found. */
    private record Probed(Check check, long atMillis) {
    }

    private final ImageKit kit;
    private final long intervalMillis;
    private final Clock clock;
    private volatile Probed lastProbe;

    private KitStatus(ImageKit kit, Duration probeInterval, Clock clock) {
        this.kit = Objects.requireNonNull(kit, "kit");
        this.intervalMillis = Objects.requireNonNull(probeInterval, "probeInterval").toMillis();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads a kit, probing its storage at most every {@link #DEFAULT_PROBE_INTERVAL}.
     *
     * @param kit the kit
     * @return its status reader
     */
    public static KitStatus of(ImageKit kit) {
        return of(kit, DEFAULT_PROBE_INTERVAL, Clock.systemUTC());
    }

    /**
     * Reads a kit.
     *
     * @param kit           the kit
     * @param probeInterval how long a storage probe's outcome is reused; zero probes every time
     * @param clock         the clock that times the probe interval
     * @return its status reader
     * @throws IllegalArgumentException when the interval is negative
     */
    public static KitStatus of(ImageKit kit, Duration probeInterval, Clock clock) {
        if (probeInterval.isNegative()) {
            throw new IllegalArgumentException("probe interval must not be negative: "
                    + probeInterval);
        }
        return new KitStatus(kit, probeInterval, clock);
    }

    /**
     * Checks the kit's health: storage writable (probed, or the last probe within the
     * interval), state cache open and answering, and the failures of the last minute.
     *
     * @return the health; never throws for a part that does not work, it reports it
     */
    public KitHealth health() {
        return new KitHealth(storage(), stateCache(),
                kit.cacheFiles().statistics().failuresInLastMinute());
    }

    /**
     * Reads the kit's counters and registrations.
     *
     * @return the report
     */
    public KitReport report() {
        CacheFiles files = kit.cacheFiles();
        CacheStatistics statistics = files.statistics();
        List<KitReport.SourceGroupUse> groups = kit.registry().sourceGroups().registrations()
                .stream().map(KitStatus::use).toList();
        KitReport.StorageCalls calls = new KitReport.StorageCalls(
                calls(kit.storageStatistics()), calls(kit.sourceStorageStatistics()),
                kit.storageStatistics() == kit.sourceStorageStatistics());
        KitReport.Components components = new KitReport.Components(
                unmetered(kit.storage()).toString(), unmetered(kit.sourceStorage()).toString(),
                files.stateCache().toString(), files.backend().toString(),
                files.strategy().toString());
        return new KitReport(statistics.snapshot(), statistics.failuresInLastMinute(), calls,
                kit.registry().generators().ids().stream().sorted().toList(), groups,
                components);
    }

    private Check storage() {
        long now = clock.millis();
        Probed last = lastProbe;
        if (last != null && now - last.atMillis() < intervalMillis) {
            return last.check();
        }
        Check check = probe();
        lastProbe = new Probed(check, now);
        return check;
    }

    private Check probe() {
        String directory = kit.cacheFiles().directory();
        String name = directory.isEmpty() ? PROBE_FILE : directory + "/" + PROBE_FILE;
        // not through the counting wrapper: the storage statistics are what pages cost
        Storage storage = unmetered(kit.storage());
        try {
            storage.save(name, PROBE);
        } catch (IOException | RuntimeException e) {
            return Check.failed("cannot save \"" + name + "\": " + describe(e));
        }
        try {
            storage.delete(name);
        } catch (IOException | RuntimeException e) {
            return Check.failed("cannot delete \"" + name + "\": " + describe(e));
        }
        return Check.passed("writable");
    }

    private Check stateCache() {
        StateCache cache = kit.cacheFiles().stateCache();
        if (!cache.isOpen()) {
            return Check.failed("closed");
        }
        try {
            // a lookup of a name no cache file has: a remote cache that is down fails here
            cache.get(PROBE_FILE);
            return Check.passed("open");
        } catch (RuntimeException e) {
            return Check.failed("does not answer: " + describe(e));
        }
    }

    private static Map<String, Long> calls(StorageStatistics statistics) {
        Map<String, Long> calls = new LinkedHashMap<>();
        for (StorageStatistics.Operation op : StorageStatistics.Operation.values()) {
            calls.put(op.name().toLowerCase(Locale.ROOT), statistics.count(op));
        }
        return calls;
    }

    private static KitReport.SourceGroupUse use(SourceGroupRegistration r) {
        Map<String, String> arguments = new LinkedHashMap<>();
        r.arguments().asMap().forEach((k, v) -> arguments.put(k, String.valueOf(v)));
        return new KitReport.SourceGroupUse(r.generatorId(), r.group().toString(), arguments);
    }

    private static Storage unmetered(Storage storage) {
        return storage instanceof MeteredStorage m ? m.delegate() : storage;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
