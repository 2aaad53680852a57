package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class ResizeTest {

    @Test
    void process_anySize_ignoresTheAspectRatio() {
        BufferedImage out = new Resize(50, 200).process(TestImages.quadrants(400, 100));

        assertThat(out.getWidth()).isEqualTo(50);
        assertThat(out.getHeight()).isEqualTo(200);
        assertThat(Pictures.corners(out)).containsExactly(0xff0000, 0x00ff00, 0x0000ff,
                0xffffff);
    }

    @Test
    void process_solidColour_staysExactlyThatColour() {
        BufferedImage out = new Resize(37, 23).process(TestImages.solid(301, 199,
                new Color(12, 200, 99)));

        for (int p : Pictures.argb(out)) {
            assertThat(p).isEqualTo(0xff0cc863);
        }
    }

    @Test
    void process_withoutUpscaleOneSideLarger_returnsTheImageAsPilkit() {
        BufferedImage in = TestImages.gradient(100, 100);

        assertThat(new Resize(50, 150, false).process(in)).isSameAs(in);
        assertThat(new Resize(50, 100, false).process(in)).isSameAs(in);
        assertThat(new Resize(50, 150, false).outputSize(new Size(100, 100)))
                .contains(new Size(100, 100));
    }

    @Test
    void process_withoutUpscaleBothSidesSmaller_resizes() {
        BufferedImage out = new Resize(50, 99, false).process(TestImages.gradient(100, 100));

        assertThat(out.getWidth()).isEqualTo(50);
        assertThat(out.getHeight()).isEqualTo(99);
    }

    @Test
    void process_checkerboardHalved_averagesToGreyWithoutAliasing() {
        BufferedImage board = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                board.setRGB(x, y, (x + y) % 2 == 0 ? 0xffffff : 0);
            }
        }

        BufferedImage out = new Resize(16, 16).process(board);

        // a one-pixel checkerboard has no detail left at a quarter size: flat mid grey
        for (int y = 2; y < 14; y++) {
            for (int x = 2; x < 14; x++) {
                assertThat(Pictures.rgb(out, x, y) & 0xff).isBetween(125, 130);
            }
        }
    }

    @Test
    void requiredInputSize_largePhoto_coversTheTargetWithTheInputRatio() {
        assertThat(new Resize(200, 200).requiredInputSize(new Size(4000, 3000),
                new Size(200, 200))).isEqualTo(new Size(267, 200));
        assertThat(new Resize(200, 200, false).requiredInputSize(new Size(150, 3000),
                new Size(150, 3000))).isEqualTo(new Size(150, 3000));
    }

    @Test
    void constructor_badSide_fails() {
        assertThatThrownBy(() -> new Resize(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("height must be at least 1, was 0");
    }
}
