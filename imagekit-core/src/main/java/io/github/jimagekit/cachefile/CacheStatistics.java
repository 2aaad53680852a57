package io.github.jimagekit.cachefile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters one application's cache-file layer keeps: state-cache hits and misses,
 * generations, failures, the failures of the last minute, and the most recent failures with
 * their messages. Cheap enough to be always on; read them for a status page, a health check or
 * a metrics exporter.
 */
public final class CacheStatistics {

    /** How many recent failures are kept. */
    public static final int RECENT_FAILURES = 50;
    /** The seconds {@link #failuresInLastMinute()} counts: this one and the 59 before. */
    private static final int MINUTE = 60;

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
    private final Clock clock;
    /** Failures per second of the last minute, slot {@code second % 60}; guarded by recent. */
    private final long[] perSecond = new long[MINUTE];
    /** The epoch second each slot of {@link #perSecond} counts; guarded by recent. */
    private final long[] slotSecond = new long[MINUTE];

    /** Creates counters timed by the system clock. */
    public CacheStatistics() {
        this(Clock.systemUTC());
    }

    /**
     * Creates counters.
     *
     * @param clock the clock that says which failures are in the last minute; the one
     *     failures are reported with
     */
    public CacheStatistics(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Arrays.fill(slotSecond, Long.MIN_VALUE);
    }

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
            long second = at.getEpochSecond();
            int slot = (int) Math.floorMod(second, (long) MINUTE);
            if (slotSecond[slot] != second) {
                slotSecond[slot] = second;
                perSecond[slot] = 0;
            }
            perSecond[slot]++;
        }
    }

    /**
     * Counts the failures of the last minute, exactly, to the second: those reported at a time
     * in the clock's current second or in the 59 seconds before it. A health check reads it; it
     * costs 60 array reads.
     *
     * @return how many generations failed in the last minute
     */
    public long failuresInLastMinute() {
        long now = clock.instant().getEpochSecond();
        long sum = 0;
        synchronized (recent) {
            for (int i = 0; i < MINUTE; i++) {
                if (slotSecond[i] > now - MINUTE && slotSecond[i] <= now) {
                    sum += perSecond[i];
                }
            }
        }
        return sum;
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
