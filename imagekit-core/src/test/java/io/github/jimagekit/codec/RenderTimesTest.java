package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class RenderTimesTest {

    @Test
    void new_belowMinusOne_failsNamingBothValues() {
        assertThatThrownBy(() -> new RenderTimes(-2, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("times must be at least 0, or -1 for not measured: decode -2,"
                        + " encode 5");
    }

    @Test
    void measured_eachTimeOnItsOwn() {
        RenderTimes encodeOnly = new RenderTimes(-1, 300);

        assertThat(encodeOnly.decodeMeasured()).isFalse();
        assertThat(encodeOnly.encodeMeasured()).isTrue();
        assertThat(new RenderTimes(0, 0).decodeMeasured()).isTrue();
    }
}
