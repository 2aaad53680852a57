package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class ResizeToCoverTest {

    @Test
    void process_photo_coversTheSizeKeepingTheRatio() {
        BufferedImage out = new ResizeToCover(200, 200).process(TestImages.quadrants(400, 300));

        // ratio max(0.5, 0.667): 267x200
        assertThat(out.getWidth()).isEqualTo(267);
        assertThat(out.getHeight()).isEqualTo(200);
        assertThat(Pictures.corners(out)).containsExactly(0xff0000, 0x00ff00, 0x0000ff,
                0xffffff);
    }

    @Test
    void process_smallImageWithoutUpscale_isUnchanged() {
        BufferedImage in = TestImages.gradient(100, 50);

        assertThat(new ResizeToCover(200, 200, false).process(in)).isSameAs(in);
    }

    @Test
    void process_smallImageWithUpscale_enlarges() {
        BufferedImage out = new ResizeToCover(200, 200).process(TestImages.gradient(100, 50));

        assertThat(out.getWidth()).isEqualTo(400);
        assertThat(out.getHeight()).isEqualTo(200);
    }

    @Test
    void outputSize_halfPixel_roundsHalfToEven() {
        // ratio 0.5: 5 * 0.5 = 2.5 -> 2, 7 * 0.5 = 3.5 -> 4
        assertThat(new ResizeToCover(2, 3).outputSize(new Size(5, 6)))
                .contains(new Size(2, 3));
        assertThat(new ResizeToCover(4, 1).outputSize(new Size(8, 7)))
                .contains(new Size(4, 4));
    }

    @Test
    void requiredInputSize_photo_isTheCoverSize() {
        assertThat(new ResizeToCover(200, 200).requiredInputSize(new Size(4000, 3000),
                new Size(267, 200))).isEqualTo(new Size(267, 200));
    }
}
