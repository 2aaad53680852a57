package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StateCacheTest {

    private static final CacheFileState.Exists STATE = new CacheFileState.Exists(10, 20, "PNG",
            99);

    @TempDir
    Path dir;

    @Test
    void isOpen_ehcacheWithDiskTier_untilClosedThenLookupsFail() {
        StateCache cache = StateCache.ehcache(StateTimeouts.DEFAULT, "imagekit:", 100,
                dir.resolve("state"), 16, Duration.ofMinutes(1));
        cache.put("a.png", STATE);
        assertThat(cache.isOpen()).isTrue();

        cache.close();

        assertThat(cache.isOpen()).isFalse();
        assertThatThrownBy(() -> cache.get("a.png")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void isOpen_inMemory_untilClosed() {
        StateCache cache = StateCache.inMemory(StateTimeouts.DEFAULT,
                new MutableClock(Instant.EPOCH), "imagekit:");
        cache.put("a.png", STATE);
        assertThat(cache.isOpen()).isTrue();
        assertThat(cache.get("a.png")).contains(STATE);

        cache.close();

        assertThat(cache.isOpen()).isFalse();
        assertThat(cache.get("a.png")).isEmpty();
    }

    @Test
    void isOpen_none_always() {
        StateCache.none().close();

        assertThat(StateCache.none().isOpen()).isTrue();
    }
}
