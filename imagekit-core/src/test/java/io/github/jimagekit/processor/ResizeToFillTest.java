package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class ResizeToFillTest {

    private static final int RED = 0xff0000;
    private static final int GREEN = 0x00ff00;
    private static final int BLUE = 0x0000ff;
    private static final int WHITE = 0xffffff;

    @Test
    void process_widerImage_fillsTheSizeCroppingTheSides() {
        BufferedImage in = TestImages.quadrants(400, 200);

        BufferedImage out = new ResizeToFill(100, 100).process(in);

        assertThat(out.getWidth()).isEqualTo(100);
        assertThat(out.getHeight()).isEqualTo(100);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(Pictures.corners(out)).containsExactly(RED, GREEN, BLUE, WHITE);
    }

    @Test
    void process_topLeftAnchor_keepsTheTopLeftPart() {
        // the cover is 200x100; the crop keeps its left 50 columns
        BufferedImage in = TestImages.quadrants(400, 200);

        BufferedImage out = new ResizeToFill(50, 100, Anchor.TOP_LEFT).process(in);

        assertThat(out.getWidth()).isEqualTo(50);
        assertThat(Pictures.corners(out)).containsExactly(RED, RED, BLUE, BLUE);
    }

    @Test
    void process_bottomRightAnchor_keepsTheBottomRightPart() {
        BufferedImage in = TestImages.quadrants(200, 400);

        BufferedImage out = new ResizeToFill(100, 50, Anchor.BOTTOM_RIGHT).process(in);

        assertThat(out.getHeight()).isEqualTo(50);
        assertThat(Pictures.corners(out)).containsExactly(BLUE, WHITE, BLUE, WHITE);
    }

    @Test
    void process_smallImageWithUpscale_enlargesToTheSize() {
        BufferedImage in = TestImages.quadrants(20, 10);

        BufferedImage out = new ResizeToFill(100, 100).process(in);

        assertThat(out.getWidth()).isEqualTo(100);
        assertThat(out.getHeight()).isEqualTo(100);
        assertThat(Pictures.corners(out)).containsExactly(RED, GREEN, BLUE, WHITE);
    }

    @Test
    void process_smallImageWithoutUpscale_isOnlyCropped() {
        BufferedImage in = TestImages.quadrants(300, 100);

        BufferedImage out = new ResizeToFill(200, 200, null, false).process(in);

        // pilkit: no resize (600x200 is not smaller), then a centred 200x100 crop
        assertThat(out.getWidth()).isEqualTo(200);
        assertThat(out.getHeight()).isEqualTo(100);
        assertThat(Pictures.rgb(out, 0, 0)).isEqualTo(RED);
        assertThat(Pictures.rgb(out, 49, 0)).isEqualTo(RED);
        assertThat(Pictures.rgb(out, 100, 0)).isEqualTo(GREEN);
    }

    @Test
    void process_imageAlreadyOfTheSize_returnsItUnchanged() {
        BufferedImage in = TestImages.quadrants(100, 100);

        assertThat(new ResizeToFill(100, 100).process(in)).isSameAs(in);
    }

    @Test
    void process_input_isNotModified() {
        BufferedImage in = Pictures.pattern(60, 40);
        int[] before = Pictures.argb(in);

        new ResizeToFill(20, 20).process(in);

        assertThat(Pictures.argb(in)).containsExactly(before);
    }

    @Test
    void process_alphaInput_givesArgb() {
        BufferedImage in = Pictures.withAlpha(Pictures.pattern(60, 40));

        BufferedImage out = new ResizeToFill(20, 20).process(in);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(Pictures.alpha(out, 0, 0)).isLessThan(Pictures.alpha(out, 19, 0));
    }

    @Test
    void outputSize_withAndWithoutUpscale_followsPilkit() {
        assertThat(new ResizeToFill(200, 200).outputSize(new Size(4000, 3000)))
                .contains(new Size(200, 200));
        assertThat(new ResizeToFill(200, 200, null, false).outputSize(new Size(300, 100)))
                .contains(new Size(200, 100));
        assertThat(new ResizeToFill(200, 200, null, false).outputSize(new Size(50, 60)))
                .contains(new Size(50, 60));
    }

    @Test
    void requiredInputSize_largePhoto_isTheCoverSize() {
        assertThat(new ResizeToFill(200, 200).requiredInputSize(new Size(4000, 3000),
                new Size(200, 200))).isEqualTo(new Size(267, 200));
    }

    @Test
    void requiredInputSize_noResize_isTheFullInput() {
        Size in = new Size(300, 100);

        assertThat(new ResizeToFill(200, 200, null, false).requiredInputSize(in,
                new Size(200, 100))).isEqualTo(in);
        assertThat(new ResizeToFill(100, 100).requiredInputSize(new Size(100, 300),
                new Size(100, 100))).isEqualTo(new Size(100, 300));
    }

    @Test
    void constructor_sideBelowOne_failsNamingIt() {
        assertThatThrownBy(() -> new ResizeToFill(0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width must be at least 1, was 0");
        assertThatThrownBy(() -> new ResizeToFill(10, -1))
                .hasMessage("height must be at least 1, was -1");
    }
}
