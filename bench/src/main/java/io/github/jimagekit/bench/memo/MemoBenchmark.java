package io.github.jimagekit.bench.memo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.jimagekit.internal.BoundedMemo;
import io.github.jimagekit.internal.Hashing;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One memo lookup (and, on a miss, the put that follows) over a working set of {@code keys}
 * source names, in front of a memo of {@value #CAPACITY} entries with a one-hour time-to-live
 * read from the system clock, as the kit's memos are. The keys are drawn uniformly or by Zipf
 * (s = 1) from a trace made at set-up. The {@code hits} and {@code misses} counters give the
 * hit rate. A miss computes the value as the kit's cache-file lookup does below its memos (a
 * SHA-256 of the name, about a microsecond) and puts it.
 *
 * <ul>
 *   <li>{@code bounded}: {@link BoundedMemo}, which evicts one entry at a time (CLOCK);</li>
 *   <li>{@code clearing}: the map the kit had before, emptied when it reached its capacity;</li>
 *   <li>{@code caffeine}: Caffeine 3 with {@code maximumSize}, {@code expireAfterWrite} and a
 *       ticker on the same clock (W-TinyLFU).</li>
 * </ul>
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar MemoBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MemoBenchmark {

    /** The capacity of every contender, as the kit's cache-file memos have. */
    static final int CAPACITY = 50_000;

    private static final int TRACE = 1 << 20;

    /** Which memo. */
    @Param({"bounded", "clearing", "caffeine"})
    public String memo;

    /** How many distinct keys are looked up: 0.002x, 0.5x, 1x, 1.01x and 1.5x the capacity. */
    @Param({"100", "25000", "50000", "50500", "75000"})
    public int keys;

    /** How the keys are drawn. */
    @Param({"uniform", "zipf"})
    public String access;

    private Contender contender;
    private String[] names;
    private int[] trace;
    private int next;

    /** What each lookup found, summed per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Counts {

        /** Lookups that found a fresh value. */
        public long hits;

        /** Lookups that did not (and put the value). */
        public long misses;

        /** Starts an iteration's count. */
        @Setup(Level.Iteration)
        public void reset() {
            hits = 0;
            misses = 0;
        }
    }

    /** Makes the keys, the trace and the contender. */
    @Setup(Level.Trial)
    public void setUp() {
        names = new String[keys];
        for (int i = 0; i < keys; i++) {
            names[i] = "photos/" + (i % 100) + "/p" + i + ".jpg";
        }
        trace = access.equals("zipf") ? zipf(keys, new SplittableRandom(1))
                : new SplittableRandom(1).ints(TRACE, 0, keys).toArray();
        contender = Contender.forName(memo, Duration.ofHours(1), Clock.systemUTC());
    }

    /**
     * Looks up the next key of the trace, computing and putting its value on a miss.
     *
     * @param counts the hit and miss counters
     * @return the value
     */
    @Benchmark
    public Object lookup(Counts counts) {
        int i = trace[next];
        next = (next + 1) & (TRACE - 1);
        Object v = contender.get(names[i]);
        if (v != null) {
            counts.hits++;
            return v;
        }
        counts.misses++;
        String computed = Hashing.sha256Hex(names[i], 32);
        contender.put(names[i], computed);
        return computed;
    }

    /** Draws ranks 0..n-1 with probability proportional to 1/(rank+1), shuffled onto keys. */
    private static int[] zipf(int n, SplittableRandom random) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        int[] keyOfRank = random.ints(0, n).distinct().limit(n).toArray();
        int[] t = new int[TRACE];
        for (int j = 0; j < TRACE; j++) {
            int rank = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            t[j] = keyOfRank[rank < 0 ? Math.min(-rank - 1, n - 1) : rank];
        }
        return t;
    }

    /** A memo under test. */
    private interface Contender {

        Object get(String key);

        void put(String key, Object value);

        static Contender forName(String name, Duration ttl, Clock clock) {
            switch (name) {
                case "bounded":
                    return new Bounded(ttl, clock);
                case "clearing":
                    return new Clearing(ttl, clock);
                case "caffeine":
                    return new CaffeineMemo(ttl, clock);
                default:
                    throw new IllegalArgumentException("unknown memo: " + name);
            }
        }
    }

    /** The kit's memo. */
    private static final class Bounded implements Contender {

        private final BoundedMemo<String, Object> memo;

        Bounded(Duration ttl, Clock clock) {
            memo = BoundedMemo.expiring(CAPACITY, ttl, clock);
        }

        @Override
        public Object get(String key) {
            return memo.get(key);
        }

        @Override
        public void put(String key, Object value) {
            memo.put(key, value, null);
        }
    }

    /** The memos the kit had before: a map with a time per entry, cleared when full. */
    private static final class Clearing implements Contender {

        private record Entry(Object value, long at) {
        }

        private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
        private final long ttlMillis;
        private final Clock clock;

        Clearing(Duration ttl, Clock clock) {
            this.ttlMillis = ttl.toMillis();
            this.clock = clock;
        }

        @Override
        public Object get(String key) {
            Entry e = entries.get(key);
            return e != null && clock.millis() - e.at < ttlMillis ? e.value : null;
        }

        @Override
        public void put(String key, Object value) {
            if (entries.size() >= CAPACITY) {
                entries.clear();
            }
            entries.put(key, new Entry(value, clock.millis()));
        }
    }

    /** Caffeine, timed by the same clock. */
    private static final class CaffeineMemo implements Contender {

        private final Cache<String, Object> cache;

        CaffeineMemo(Duration ttl, Clock clock) {
            cache = Caffeine.newBuilder().maximumSize(CAPACITY).expireAfterWrite(ttl)
                    .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
        }

        @Override
        public Object get(String key) {
            return cache.getIfPresent(key);
        }

        @Override
        public void put(String key, Object value) {
            cache.put(key, value);
        }
    }
}
