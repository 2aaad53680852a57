package io.github.jimagekit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class BoundedMemoTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void put_oneOverCapacity_evictsOneEntry() {
        BoundedMemo<String, String> memo = BoundedMemo.unexpiring(100);

        IntStream.range(0, 101).forEach(i -> memo.put("k" + i, "v" + i, null));

        assertThat(memo.size()).isEqualTo(100);
        long kept = IntStream.range(0, 101).filter(i -> ("v" + i).equals(memo.get("k" + i)))
                .count();
        assertThat(kept).isEqualTo(100);
    }

    @Test
    void get_workingSetOneOverCapacity_keepsNearlyEveryHit() {
        BoundedMemo<Integer, Integer> memo = BoundedMemo.unexpiring(1_000);

        double hitRate = hitRate(memo, 1_001, 200_000);

        // a memo that empties itself when full hits 86.5 % of these lookups: each clear costs
        // the next thousand
        assertThat(hitRate).isGreaterThan(0.99);
        assertThat(memo.size()).isEqualTo(1_000);
    }

    @Test
    void get_workingSetHalfAgainOverCapacity_hitsInProportionToCapacity() {
        BoundedMemo<Integer, Integer> memo = BoundedMemo.unexpiring(1_000);

        double hitRate = hitRate(memo, 1_500, 200_000);

        // uniform access: no policy hits more than 1000 / 1500 of the lookups; a memo that
        // empties itself when full hits 39 %
        assertThat(hitRate).isBetween(0.55, 0.67);
    }

    @Test
    void get_workingSetUnderCapacity_hitsEveryTimeOnceWarm() {
        BoundedMemo<Integer, Integer> memo = BoundedMemo.unexpiring(1_000);
        hitRate(memo, 1_000, 50_000);

        assertThat(hitRate(memo, 1_000, 50_000)).isEqualTo(1.0);
    }

    @Test
    void get_frequentlyUsedEntries_surviveAScanOfNewKeys() {
        BoundedMemo<String, String> memo = BoundedMemo.unexpiring(100);
        IntStream.range(0, 50).forEach(i -> memo.put("hot" + i, "h", null));
        IntStream.range(0, 50).forEach(i -> memo.get("hot" + i));

        IntStream.range(0, 60).forEach(i -> memo.put("scan" + i, "s", null));

        assertThat(IntStream.range(0, 50).filter(i -> memo.get("hot" + i) != null).count())
                .isEqualTo(50);
        assertThat(memo.size()).isEqualTo(100);
    }

    @Test
    void get_beforeAndAfterTheTtl_hitsThenMisses() {
        BoundedMemo<String, String> memo = BoundedMemo.expiring(10, Duration.ofSeconds(60),
                clock);
        memo.put("photos/dog.jpg", "v1", "photos/dog.jpg");

        clock.advance(Duration.ofSeconds(59));
        assertThat(memo.get("photos/dog.jpg")).isEqualTo("v1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(memo.get("photos/dog.jpg")).isNull();
    }

    @Test
    void put_afterExpiry_replacesTheEntryWithAFreshOne() {
        BoundedMemo<String, String> memo = BoundedMemo.expiring(10, Duration.ofSeconds(60),
                clock);
        memo.put("photos/dog.jpg", "v1", null);
        clock.advance(Duration.ofSeconds(61));

        memo.put("photos/dog.jpg", "v2", null);
        clock.advance(Duration.ofSeconds(59));

        assertThat(memo.get("photos/dog.jpg")).isEqualTo("v2");
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void put_zeroOrNegativeTtl_remembersNothing() {
        BoundedMemo<String, String> zero = BoundedMemo.expiring(10, Duration.ZERO, clock);
        BoundedMemo<String, String> negative = BoundedMemo.expiring(10, Duration.ofSeconds(-1),
                clock);

        zero.put("a", "1", null);
        negative.put("a", "1", null);

        assertThat(zero.remembers()).isFalse();
        assertThat(zero.get("a")).isNull();
        assertThat(negative.get("a")).isNull();
        assertThat(zero.putIfAbsent("a", "2", null)).isEqualTo("2");
        assertThat(zero.size()).isZero();
    }

    @Test
    void expiring_foreverTtl_neverReadsTheClock() {
        Clock broken = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new AssertionError("the clock was read");
            }
        };
        BoundedMemo<String, String> memo = BoundedMemo.expiring(1,
                ChronoUnit.FOREVER.getDuration(), broken);

        memo.put("a", "1", null);
        memo.put("b", "2", null);

        assertThat(memo.get("b")).isEqualTo("2");
        assertThat(memo.get("a")).isNull();
    }

    @Test
    void forget_source_dropsEveryEntryOfThatSourceOnly() {
        BoundedMemo<String, String> memo = BoundedMemo.expiring(10, Duration.ofHours(1), clock);
        memo.put("dog 200x200", "d1", "photos/dog.jpg");
        memo.put("dog 40x30", "d2", "photos/dog.jpg");
        memo.put("cat 200x200", "c1", "photos/cat.jpg");
        memo.put("no source", "n", null);

        memo.forget("photos/dog.jpg");

        assertThat(memo.get("dog 200x200")).isNull();
        assertThat(memo.get("dog 40x30")).isNull();
        assertThat(memo.get("cat 200x200")).isEqualTo("c1");
        assertThat(memo.get("no source")).isEqualTo("n");
        assertThat(memo.size()).isEqualTo(2);
    }

    @Test
    void remove_key_dropsOnlyThatEntry() {
        BoundedMemo<String, String> memo = BoundedMemo.unexpiring(10);
        memo.put("a", "1", "s");
        memo.put("b", "2", "s");

        memo.remove("a");

        assertThat(memo.get("a")).isNull();
        assertThat(memo.get("b")).isEqualTo("2");
    }

    @Test
    void clear_dropsEverything() {
        BoundedMemo<String, String> memo = BoundedMemo.unexpiring(10);
        memo.put("a", "1", null);
        memo.put("b", "2", "s");

        memo.clear();

        assertThat(memo.size()).isZero();
        assertThat(memo.get("b")).isNull();
    }

    @Test
    void putIfAbsent_freshValueRemembered_returnsIt() {
        BoundedMemo<String, String> memo = BoundedMemo.expiring(10, Duration.ofSeconds(60),
                clock);
        memo.put("a", "first", null);

        assertThat(memo.putIfAbsent("a", "second", null)).isEqualTo("first");
        assertThat(memo.get("a")).isEqualTo("first");
    }

    @Test
    void putIfAbsent_expiredValueRemembered_replacesIt() {
        BoundedMemo<String, String> memo = BoundedMemo.expiring(10, Duration.ofSeconds(60),
                clock);
        memo.put("a", "first", null);
        clock.advance(Duration.ofSeconds(60));

        assertThat(memo.putIfAbsent("a", "second", null)).isEqualTo("second");
        assertThat(memo.get("a")).isEqualTo("second");
    }

    @Test
    void unexpiring_capacityBelowOne_isRefused() {
        assertThatThrownBy(() -> BoundedMemo.unexpiring(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity must be at least 1: 0");
    }

    @Test
    void putAndGet_fromManyThreadsWithinCapacity_loseNoEntry() throws Exception {
        BoundedMemo<String, String> memo = BoundedMemo.expiring(4_000, Duration.ofHours(1),
                clock);

        runInParallel(4, t -> {
            for (int i = 0; i < 1_000; i++) {
                memo.put(t + ":" + i, "v" + i, "s" + t);
                assertThat(memo.get(t + ":" + i)).isEqualTo("v" + i);
            }
        });

        assertThat(memo.size()).isEqualTo(4_000);
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < 1_000; i++) {
                assertThat(memo.get(t + ":" + i)).isEqualTo("v" + i);
            }
        }
    }

    @Test
    void getPutAndForget_inParallelOverCapacity_stayBoundedAndKeepOtherSources()
            throws Exception {
        BoundedMemo<String, String> memo = BoundedMemo.unexpiring(1_000);

        runInParallel(4, t -> {
            SplittableRandom random = new SplittableRandom(t);
            for (int n = 0; n < 100_000; n++) {
                int k = random.nextInt(1_500);
                String source = k % 2 == 0 ? "even" : "odd";
                if (t == 0 && n % 1_000 == 0) {
                    memo.forget("odd");
                } else if (memo.get("k" + k) == null) {
                    memo.putIfAbsent("k" + k, "v" + k, source);
                }
            }
        });
        memo.forget("odd");

        assertThat(memo.size()).isBetween(1, 1_000);
        int found = 0;
        for (int k = 0; k < 1_500; k++) {
            String v = memo.get("k" + k);
            if (v != null) {
                assertThat(k % 2).isZero();
                assertThat(v).isEqualTo("v" + k);
                found++;
            }
        }
        assertThat(found).isEqualTo(memo.size());
    }

    /** Looks up random keys of a working set, putting on a miss; returns the hit rate. */
    private static double hitRate(BoundedMemo<Integer, Integer> memo, int workingSet,
            int lookups) {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < workingSet * 5; i++) {
            int k = random.nextInt(workingSet);
            if (memo.get(k) == null) {
                memo.put(k, k, null);
            }
        }
        int hits = 0;
        for (int i = 0; i < lookups; i++) {
            int k = random.nextInt(workingSet);
            Integer v = memo.get(k);
            if (v != null) {
                assertThat(v).isEqualTo(k);
                hits++;
            } else {
                memo.put(k, k, null);
            }
        }
        return hits / (double) lookups;
    }

    private interface Task {
        void run(int thread) throws Exception;
    }

    private static void runInParallel(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    task.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
