package io.github.jimagekit.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.StateTimeouts;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class StoredStateTest {

    private static final long NOW = 1_700_000_000_000L;

    @Test
    void encode_eachState_writesFormatOne() {
        StateTimeouts t = StateTimeouts.DEFAULT;

        assertThat(StoredState.of(new CacheFileState.Exists(120, 90, "JPEG", 4567), NOW, t)
                .encode()).isEqualTo("1|E|-|120|90|4567|JPEG");
        assertThat(StoredState.of(CacheFileState.DoesNotExist.INSTANCE, NOW, t).encode())
                .isEqualTo("1|N|1700000005000");
        assertThat(StoredState.of(new CacheFileState.Generating("kit-a", NOW + 60_000), NOW, t)
                .encode()).isEqualTo("1|G|1700000060000|kit-a");
        assertThat(StoredState.of(new CacheFileState.Failed("bad | image", NOW + 1), NOW, t)
                .encode()).isEqualTo("1|F|1700000000001|bad | image");
    }

    @Test
    void decode_encodedStates_roundTripsExactly() {
        StateTimeouts t = new StateTimeouts(Optional.of(Duration.ofHours(1)),
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(60));
        for (CacheFileState s : new CacheFileState[] {
                new CacheFileState.Exists(1, 2, "PNG", 0), CacheFileState.DoesNotExist.INSTANCE,
                new CacheFileState.Generating("a|b", NOW), new CacheFileState.Failed("x\ny|", NOW)}) {
            StoredState stored = StoredState.of(s, NOW, t);

            assertThat(StoredState.decode(stored.encode())).contains(stored);
        }
        assertThat(StoredState.of(new CacheFileState.Exists(1, 2, "PNG", 0), NOW, t).expiresAt())
                .isEqualTo(NOW + 3_600_000);
    }

    @Test
    void decode_unknownOrDamaged_isEmpty() {
        assertThat(StoredState.decode("2|E|-|1|1|1|PNG")).isEmpty();
        assertThat(StoredState.decode("1|X|-|what")).isEmpty();
        assertThat(StoredState.decode("1|E|-|1|1")).isEmpty();
        assertThat(StoredState.decode("1|E|-|0|1|1|PNG")).isEmpty();
        assertThat(StoredState.decode("1|G|soon|kit")).isEmpty();
        assertThat(StoredState.decode("1|N|5|extra")).isEmpty();
        assertThat(StoredState.decode("")).isEmpty();
    }

    @Test
    void isLive_atAndAfterTheDeadline_isFalse() {
        StoredState s = new StoredState(CacheFileState.DoesNotExist.INSTANCE, NOW);

        assertThat(s.isLive(NOW - 1)).isTrue();
        assertThat(s.isLive(NOW)).isFalse();
    }
}
