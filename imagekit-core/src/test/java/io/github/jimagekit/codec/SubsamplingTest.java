package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.processor.Size;
import javax.imageio.ImageReadParam;
import org.junit.jupiter.api.Test;

final class SubsamplingTest {

    @Test
    void choose_12mpTo200_largestStepKeepingTwiceTheNeed() {
        Subsampling s = Subsampling.choose(new Size(4272, 2848), new Size(300, 200), 2);

        assertThat(s.step()).isEqualTo(7);
        assertThat(s.offset()).isEqualTo(3);
        assertThat(s.decodedSize(new Size(4272, 2848))).isEqualTo(new Size(610, 407));
    }

    @Test
    void choose_exactMultiple_stepLeavesExactlyTheNeed() {
        Subsampling four = Subsampling.choose(new Size(1000, 1000), new Size(125, 125), 2);
        Subsampling three = Subsampling.choose(new Size(998, 998), new Size(125, 125), 2);

        assertThat(four.step()).isEqualTo(4);
        assertThat(four.decodedSize(new Size(1000, 1000))).isEqualTo(new Size(250, 250));
        assertThat(three.step()).isEqualTo(3);
        assertThat(three.decodedSize(new Size(998, 998))).isEqualTo(new Size(333, 333));
    }

    @Test
    void choose_needNearFullSize_none() {
        assertThat(Subsampling.choose(new Size(800, 600), new Size(500, 300), 2))
                .isEqualTo(Subsampling.NONE);
        assertThat(Subsampling.choose(new Size(800, 600), new Size(800, 600), 1))
                .isEqualTo(Subsampling.NONE);
    }

    @Test
    void choose_anyNeed_decodedSizeCoversIt() {
        Size full = new Size(3001, 1999);
        for (int w = 1; w < 1600; w += 37) {
            Size need = new Size(w, Math.max(1, w * 1999 / 3001));
            Subsampling s = Subsampling.choose(full, need, 2);
            Size decoded = s.decodedSize(full);
            assertThat(decoded.covers(new Size(Math.min(full.width(), 2 * need.width()),
                    Math.min(full.height(), 2 * need.height())))).as("need %s", need).isTrue();
            assertThat(Subsampling.choose(full, need, 2).offset()).isEqualTo((s.step() - 1) / 2);
        }
    }

    @Test
    void choose_narrowSide_limitsTheStep() {
        assertThat(Subsampling.choose(new Size(10000, 100), new Size(100, 1), 2).step())
                .isEqualTo(50);
    }

    @Test
    void applyTo_step_setsCentredSubsampling() {
        ImageReadParam param = new ImageReadParam();

        new Subsampling(5, 2).applyTo(param);

        assertThat(param.getSourceXSubsampling()).isEqualTo(5);
        assertThat(param.getSourceYSubsampling()).isEqualTo(5);
        assertThat(param.getSubsamplingXOffset()).isEqualTo(2);
        assertThat(param.getSubsamplingYOffset()).isEqualTo(2);
    }

    @Test
    void applyTo_none_leavesParamAlone() {
        ImageReadParam param = new ImageReadParam();

        Subsampling.NONE.applyTo(param);

        assertThat(param.getSourceXSubsampling()).isEqualTo(1);
        assertThat(param.getSubsamplingXOffset()).isZero();
    }
}
