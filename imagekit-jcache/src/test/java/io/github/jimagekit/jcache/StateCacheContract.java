package io.github.jimagekit.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.cachefile.StateTimeouts;
import io.github.jimagekit.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every JCache provider must do for {@link JCacheStateCache}: exact round trips, one
 * lease winner under contention (through two nodes where the provider has them), deadlines.
 * A provider's test supplies the caches of two nodes that share their entries.
 */
abstract class StateCacheContract {

    private static final int RACERS = 16;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final String prefix = "test-" + UUID.randomUUID() + ":";
    private StateCache first;
    private StateCache second;

    /**
     * Returns a node's cache of the shared states.
     *
     * @param node 0 or 1: two nodes of a cluster, where the provider has them
     * @return the cache, the same entries for both nodes
     */
    abstract Cache<String, String> cache(int node);

    @BeforeEach
    void open() {
        StateTimeouts timeouts = StateTimeouts.DEFAULT;
        first = JCacheStateCache.using(cache(0), timeouts, clock, prefix);
        second = JCacheStateCache.using(cache(1), timeouts, clock, prefix);
    }

    @AfterEach
    void closeStates() {
        first.close();
        second.close();
    }

    private long now() {
        return clock.millis();
    }

    @Test
    void put_eachState_readsBackExactlyOnTheOtherNode() {
        List<CacheFileState> states = List.of(new CacheFileState.Exists(640, 480, "JPEG", 51234),
                CacheFileState.DoesNotExist.INSTANCE,
                new CacheFileState.Generating("kit-1", now() + 60_000),
                new CacheFileState.Failed("cannot decode \"a|b.jpg\"\n(bad)", now() + 5_000));
        for (int i = 0; i < states.size(); i++) {
            first.put("f" + i, states.get(i));
        }

        for (int i = 0; i < states.size(); i++) {
            assertThat(second.get("f" + i)).contains(states.get(i));
        }
        assertThat(second.getAll(List.of("f3", "nothing", "f0")))
                .containsExactly(Map.entry("f3", states.get(3)), Map.entry("f0", states.get(0)));
    }

    @Test
    void replace_noneExpected_takesTheLeaseOnce() {
        CacheFileState.Generating a = new CacheFileState.Generating("a", now() + 60_000);
        CacheFileState.Generating b = new CacheFileState.Generating("b", now() + 60_000);

        assertThat(first.replace("x", null, a)).isTrue();
        assertThat(second.replace("x", null, b)).isFalse();
        assertThat(second.get("x")).contains(a);
    }

    @Test
    void replace_expectedState_replacesOnlyWhatWasSeen() {
        CacheFileState.Generating lease = new CacheFileState.Generating("a", now() + 60_000);
        first.put("x", CacheFileState.DoesNotExist.INSTANCE);

        assertThat(second.replace("x", new CacheFileState.Generating("b", now() + 60_000),
                lease)).isFalse();
        assertThat(second.replace("x", CacheFileState.DoesNotExist.INSTANCE, lease)).isTrue();
        assertThat(first.replace("x", CacheFileState.DoesNotExist.INSTANCE,
                new CacheFileState.Generating("c", now() + 60_000))).isFalse();
        assertThat(first.get("x")).contains(lease);
        assertThat(first.replace("gone", CacheFileState.DoesNotExist.INSTANCE, lease)).isFalse();
        assertThat(first.get("gone")).isEmpty();
    }

    @Test
    void get_afterTheDeadlines_leaseAndFailureReadAsAbsent() {
        first.put("lease", new CacheFileState.Generating("dead-node", now() + 60_000));
        first.put("failed", new CacheFileState.Failed("bad image", now() + 5_000));
        first.put("missing", CacheFileState.DoesNotExist.INSTANCE);
        first.put("there", new CacheFileState.Exists(10, 10, "PNG", 99));

        clock.advance(Duration.ofSeconds(5));
        assertThat(second.get("failed")).isEmpty();
        assertThat(second.get("missing")).isEmpty();
        assertThat(second.get("lease")).isPresent();
        clock.advance(Duration.ofSeconds(55));

        assertThat(second.get("lease")).isEmpty();
        assertThat(second.getAll(List.of("lease", "failed", "missing", "there")))
                .containsOnlyKeys("there");
    }

    @Test
    void replace_expiredLease_anotherNodeTakesOver() {
        first.put("x", new CacheFileState.Generating("dead-node", now() + 1_000));
        CacheFileState.Generating mine = new CacheFileState.Generating("b", now() + 61_000);
        assertThat(second.replace("x", null, mine)).isFalse();

        clock.advance(Duration.ofSeconds(1));

        assertThat(second.replace("x", null, mine)).isTrue();
        assertThat(first.get("x")).contains(mine);
    }

    @Test
    void replace_racingThreadsOnTwoNodes_exactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            for (int round = 0; round < 5; round++) {
                String name = "race-" + round;
                assertThat(race(pool, name)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void replace_racingOverAnExpiredLease_exactlyOneTakesOver() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            first.put("stale", new CacheFileState.Generating("dead-node", now() + 1_000));
            clock.advance(Duration.ofSeconds(2));

            List<String> winners = race(pool, "stale");

            assertThat(winners).hasSize(1);
            assertThat(first.get("stale")).contains(
                    new CacheFileState.Generating(winners.get(0), now() + 60_000));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Threads on both nodes try to take one lease at once; returns the owners that won. */
    private List<String> race(ExecutorService pool, String name) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            StateCache node = i % 2 == 0 ? first : second;
            CacheFileState.Generating lease = new CacheFileState.Generating("racer-" + i,
                    now() + 60_000);
            tries.add(pool.submit(() -> {
                start.await();
                CacheFileState seen = node.get(name).orElse(null);
                return seen == null && node.replace(name, null, lease);
            }));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            if (tries.get(i).get(30, TimeUnit.SECONDS)) {
                winners.add("racer-" + i);
            }
        }
        return winners;
    }
}
