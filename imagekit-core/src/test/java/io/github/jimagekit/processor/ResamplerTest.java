package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class ResamplerTest {

    @Test
    void coefficients_reduction_widenTheFilterAndSumToOne() {
        Resampler.Coefficients c = new Resampler.Coefficients(1000, 0, 1000, 100,
                Resampler.Filter.LANCZOS3);

        // support 3 scaled by 10 on each side
        assertThat(c.kernelSize).isEqualTo(61);
        assertThat(c.start[50]).isEqualTo(475);
        assertThat(c.count[50]).isEqualTo(60);
        assertThat(c.first).isZero();
        assertThat(c.last).isEqualTo(1000);
        long sum = 0;
        for (int i = 0; i < c.count[50]; i++) {
            sum += c.weights[50 * c.kernelSize + i];
        }
        assertThat(sum).isBetween((1L << 22) - 30, (1L << 22) + 30);
    }

    @Test
    void coefficients_box_onlyUseTheBoxAndItsNeighbours() {
        Resampler.Coefficients c = new Resampler.Coefficients(1000, 400, 500, 50,
                Resampler.Filter.LANCZOS3);

        assertThat(c.first).isEqualTo(395);
        assertThat(c.last).isEqualTo(505);
    }

    @Test
    void resample_box_equalsResizingTheWholeImageThenCropping() {
        BufferedImage in = Pictures.pattern(90, 70);

        BufferedImage whole = Resampler.resample(in, 0, 0, 90, 70, 45, 35,
                Resampler.Filter.LANCZOS3, null);
        BufferedImage box = Resampler.resample(in, 20, 10, 60, 50, 20, 20,
                Resampler.Filter.LANCZOS3, null);

        assertThat(Pictures.argb(box)).containsExactly(Pictures.argb(
                whole.getSubimage(10, 5, 20, 20)));
    }

    @Test
    void resample_transparentNeighbours_doNotBleedTheirColour() {
        BufferedImage in = new BufferedImage(16, 1, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 16; x++) {
            in.setRGB(x, 0, x < 8 ? 0x00ff0000 : 0xff0000ff);
        }

        BufferedImage out = Resampler.resample(in, 0, 0, 16, 1, 4, 1,
                Resampler.Filter.LANCZOS3, null);

        for (int x = 0; x < 4; x++) {
            assertThat(out.getRGB(x, 0) >> 16 & 0xff).isZero();
        }
        assertThat(out.getRGB(3, 0)).isEqualTo(0xff0000ff);
    }

    @Test
    void resample_bicubicColumn_interpolatesLikePillow() {
        int[] ramp = {0, 255};

        int[] out = Resampler.resample(ramp, 4, Resampler.Filter.BICUBIC);

        // Pillow's Image.resize((1, 4), BICUBIC) of a 0/255 column: 0, 64, 191, 255 mirrored
        assertThat(out[0]).isLessThan(out[1]);
        assertThat(out[1]).isLessThan(out[2]);
        assertThat(out[0] + out[3]).isEqualTo(255);
    }

    @Test
    void resize_integerBoxAtScaleOne_copiesPixels() {
        BufferedImage in = Pictures.pattern(30, 20);

        BufferedImage out = Resampler.resize(in, new Size(30, 20), 5, 4, 15, 10, 10, 6);

        assertThat(out.getRGB(0, 0)).isEqualTo(in.getRGB(5, 4));
        assertThat(out.getRGB(9, 5)).isEqualTo(in.getRGB(14, 9));
        assertThat(Resampler.resize(in, new Size(30, 20), 0, 0, 30, 20, 30, 20)).isSameAs(in);
    }

    @Test
    void resize_shrunkInput_mapsTheFullSizeBoxOntoIt() {
        BufferedImage full = TestImages.quadrants(400, 200);
        BufferedImage shrunk = Pictures.boxShrink(full, 4);

        // the right half of the full image, from a quarter-size input
        BufferedImage out = Resampler.resize(shrunk, new Size(400, 200), 200, 0, 400, 200,
                50, 50);

        assertThat(Pictures.corners(out)).containsExactly(0x00ff00, 0x00ff00, 0xffffff,
                0xffffff);
    }
}
