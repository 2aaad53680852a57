package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.processor.Size;
import org.junit.jupiter.api.Test;

final class ScalePolicyTest {

    @Test
    void reduction_twelveMegapixelsToFill200_picksOneEighth() {
        // 4000x3000 filling 200x200 needs 267x200; 1/8 gives 500x375, 3.5x the pixels
        assertThat(ScalePolicy.DEFAULT.reduction(4000, 3000, new Size(267, 200))).isEqualTo(8);
    }

    @Test
    void reduction_exactCoverAtOneEighth_picksQuarterForTwiceThePixels() {
        // 2560x1600 filling 200x200 needs 320x200, exactly what 1/8 gives
        assertThat(ScalePolicy.DEFAULT.reduction(2560, 1600, new Size(320, 200))).isEqualTo(4);
        assertThat(new ScalePolicy(1.0, 2).reduction(2560, 1600, new Size(320, 200)))
                .isEqualTo(8);
    }

    @Test
    void reduction_roundsScaledSizeUp() {
        // ceil(17 / 8) = 3 columns cover a 3-wide request
        assertThat(new ScalePolicy(1.0, 1).reduction(17, 17, new Size(3, 3))).isEqualTo(8);
    }

    @Test
    void reduction_onlyHalfCovers_picksHalf() {
        assertThat(ScalePolicy.DEFAULT.reduction(1000, 800, new Size(300, 250))).isEqualTo(2);
    }

    @Test
    void reduction_nothingSmallerCovers_declinesUnlessFullSizeAllowed() {
        assertThat(ScalePolicy.DEFAULT.reduction(1000, 800, new Size(600, 500))).isZero();
        assertThat(new ScalePolicy(2.0, 1).reduction(1000, 800, new Size(600, 500)))
                .isEqualTo(1);
        assertThat(new ScalePolicy(2.0, 1).reduction(100, 80, new Size(600, 500)))
                .isEqualTo(1);
    }

    @Test
    void reduction_belowMinimumReduction_declines() {
        assertThat(new ScalePolicy(1.0, 8).reduction(1000, 800, new Size(200, 200))).isZero();
        assertThat(new ScalePolicy(1.0, 8).reduction(1000, 800, new Size(100, 100)))
                .isEqualTo(8);
    }

    @Test
    void constructor_badValues_throwIllegalArgumentException() {
        assertThatThrownBy(() -> new ScalePolicy(0.5, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minPixelRatio must be at least 1, was 0.5");
        assertThatThrownBy(() -> new ScalePolicy(2.0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minReduction must be 1, 2, 4 or 8, was 3");
    }
}
