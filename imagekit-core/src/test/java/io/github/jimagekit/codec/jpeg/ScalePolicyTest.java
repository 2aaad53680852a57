package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.processor.Size;
import org.junit.jupiter.api.Test;

final class ScalePolicyTest {

    private static final ScalePolicy ANY = new ScalePolicy(1.0, 1, 1);

    @Test
    void reduction_twelveMegapixelsToFill200_picksOneEighth() {
        // 4000x3000 filling 200x200 needs 267x200; 1/8 gives 500x375
        assertThat(ScalePolicy.DEFAULT.reduction(4000, 3000, false, new Size(267, 200)))
                .isEqualTo(8);
    }

    @Test
    void reduction_exactCover_picksItUnlessMorePixelsAreDemanded() {
        // 2560x1600 filling 200x200 needs 320x200, exactly what 1/8 gives
        assertThat(ScalePolicy.DEFAULT.reduction(2560, 1600, false, new Size(320, 200)))
                .isEqualTo(8);
        assertThat(new ScalePolicy(2.0, 1, 1).reduction(2560, 1600, false,
                new Size(320, 200))).isEqualTo(4);
    }

    @Test
    void reduction_roundsScaledSizeUp() {
        // ceil(17 / 8) = 3 columns cover a 3-wide request
        assertThat(ANY.reduction(17, 17, false, new Size(3, 3))).isEqualTo(8);
    }

    @Test
    void reduction_onlyHalfCovers_declinesSequentialButDecodesProgressive() {
        assertThat(ScalePolicy.DEFAULT.reduction(1000, 800, false, new Size(300, 250)))
                .isZero();
        assertThat(ScalePolicy.DEFAULT.reduction(1000, 800, true, new Size(300, 250)))
                .isEqualTo(2);
    }

    @Test
    void reduction_nothingSmallerCovers_fullSizeOnlyForProgressive() {
        assertThat(ScalePolicy.DEFAULT.reduction(1000, 800, false, new Size(600, 500)))
                .isZero();
        assertThat(ScalePolicy.DEFAULT.reduction(1000, 800, true, new Size(600, 500)))
                .isEqualTo(1);
        assertThat(ScalePolicy.DEFAULT.reduction(100, 80, true, new Size(600, 500)))
                .isEqualTo(1);
    }

    @Test
    void reduction_belowMinimumReduction_declines() {
        ScalePolicy eighthOnly = new ScalePolicy(1.0, 8, 8);

        assertThat(eighthOnly.reduction(1000, 800, true, new Size(200, 200))).isZero();
        assertThat(eighthOnly.reduction(1000, 800, true, new Size(100, 100))).isEqualTo(8);
    }

    @Test
    void constructor_badValues_throwIllegalArgumentException() {
        assertThatThrownBy(() -> new ScalePolicy(0.5, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minPixelRatio must be at least 1, was 0.5");
        assertThatThrownBy(() -> new ScalePolicy(2.0, 3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minSequentialReduction must be 1, 2, 4 or 8, was 3");
        assertThatThrownBy(() -> new ScalePolicy(2.0, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minProgressiveReduction must be 1, 2, 4 or 8, was 0");
    }
}
