package io.github.jimagekit.cachefile;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters one application's cache-file layer keeps: state-cache hits and misses,
 * generations, failures, and the most recent failures with their messages. Cheap enough to be
 * always on; read them for a status page or a metrics exporter.
 */
public final class CacheStatistics {

    /** How many recent failures are kept. */
    public static final int RECENT_FAILURES = 50;

    /**
     * One failed generation.
     *
     * @param name    the cache file's name
     * @param message the error, naming the spec and the source
     * @param at      when it happened
     */
    public record Failure(String name, String message, Instant at) {
    }

    /**
     * The counters at one moment.
     *
     * @param stateHits      lookups the state cache answered
     * @param stateMisses    lookups it could not answer
     * @param generations    images generated
     * @param failures       generations that failed
     * @param recentFailures the latest failures, newest first
     */
    public record Snapshot(long stateHits, long stateMisses, long generations, long failures,
            List<Failure> recentFailures) {
    }

    private final LongAdder stateHits = new LongAdder();
    private final LongAdder stateMisses = new LongAdder();
    private final LongAdder generations = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Deque<Failure> recent = new ArrayDeque<>();

    void stateHit() {
        stateHits.increment();
    }

    void stateMiss() {
        stateMisses.increment();
    }

    void generated() {
        generations.increment();
    }

    void failed(String name, String message, Instant at) {
        failures.increment();
        synchronized (recent) {
            recent.removeIf(f -> f.name.equals(name));
            recent.addFirst(new Failure(name, message, at));
            while (recent.size() > RECENT_FAILURES) {
                recent.removeLast();
            }
        }
    }

    /**
     * Reads the counters.
     *
     * @return a consistent-enough snapshot (each counter is read once)
     */
    public Snapshot snapshot() {
        List<Failure> failed;
        synchronized (recent) {
            failed = List.copyOf(recent);
        }
        return new Snapshot(stateHits.sum(), stateMisses.sum(), generations.sum(), failures.sum(),
                failed);
    }
}
