package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class CacheStatisticsTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final CacheStatistics statistics = new CacheStatistics(clock);

    private void failAt(Duration after, String name) {
        statistics.failed(name, "broken " + name, START.plus(after));
    }

    @Test
    void failuresInLastMinute_countsTheCurrentSecondAndThe59Before() {
        failAt(Duration.ZERO, "a");
        failAt(Duration.ofMillis(999), "b");
        failAt(Duration.ofSeconds(30), "c");
        failAt(Duration.ofMillis(59_900), "d");

        clock.advance(Duration.ofMillis(59_999));
        assertThat(statistics.failuresInLastMinute()).isEqualTo(4);
        clock.advance(Duration.ofMillis(1));
        assertThat(statistics.failuresInLastMinute()).as("second 0 is out").isEqualTo(2);
        clock.advance(Duration.ofMillis(29_999));
        assertThat(statistics.failuresInLastMinute()).isEqualTo(2);
        clock.advance(Duration.ofMillis(1));
        assertThat(statistics.failuresInLastMinute()).as("second 30 is out").isEqualTo(1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(statistics.failuresInLastMinute()).isZero();
        assertThat(statistics.snapshot().failures()).as("the total stays").isEqualTo(4);
    }

    @Test
    void failuresInLastMinute_manyInOneSecondThenTheSlotReused_countsExactly() {
        for (int i = 0; i < 1000; i++) {
            failAt(Duration.ofMillis(i % 1000), "file-" + i);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(statistics.failuresInLastMinute()).isEqualTo(1000);

        // a minute later the same slot counts a new second
        failAt(Duration.ofMillis(60_500), "again");
        clock.advance(Duration.ofSeconds(60));

        assertThat(statistics.failuresInLastMinute()).isEqualTo(1);
        assertThat(statistics.snapshot().failures()).isEqualTo(1001);
        assertThat(statistics.snapshot().recentFailures()).hasSize(CacheStatistics.RECENT_FAILURES)
                .first().satisfies(f -> {
                    assertThat(f.name()).isEqualTo("again");
                    assertThat(f.at()).isEqualTo(START.plusMillis(60_500));
                });
    }

    @Test
    void failuresInLastMinute_noneYet_isZero() {
        assertThat(statistics.failuresInLastMinute()).isZero();
        assertThat(new CacheStatistics().failuresInLastMinute()).isZero();
    }
}
