package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class ResizeToFitTest {

    @Test
    void process_bothSides_fitsInsideKeepingTheRatio() {
        BufferedImage out = new ResizeToFit(100, 100).process(TestImages.quadrants(400, 200));

        assertThat(out.getWidth()).isEqualTo(100);
        assertThat(out.getHeight()).isEqualTo(50);
        assertThat(Pictures.corners(out)).containsExactly(0xff0000, 0x00ff00, 0x0000ff,
                0xffffff);
    }

    @Test
    void process_widthOnly_derivesTheHeight() {
        BufferedImage out = new ResizeToFit(123, null).process(TestImages.gradient(320, 240));

        // round(240 * 123 / 320) = round(92.25) = 92
        assertThat(out.getWidth()).isEqualTo(123);
        assertThat(out.getHeight()).isEqualTo(92);
    }

    @Test
    void process_heightOnly_derivesTheWidth() {
        BufferedImage out = new ResizeToFit(null, 77).process(TestImages.gradient(320, 240));

        // round(320 * 77 / 240) = round(102.67) = 103
        assertThat(out.getWidth()).isEqualTo(103);
        assertThat(out.getHeight()).isEqualTo(77);
    }

    @Test
    void outputSize_halfPixel_roundsHalfToEvenAsPython() {
        // 250 * 0.1 = 25.0, 45 * 0.1 = 4.5 -> 4 (Python's round), not 5
        assertThat(new ResizeToFit(25, null).outputSize(new Size(250, 45)))
                .contains(new Size(25, 4));
        assertThat(new ResizeToFit(25, null).outputSize(new Size(250, 55)))
                .contains(new Size(25, 6));
    }

    @Test
    void process_smallImageWithoutUpscale_keepsItsSize() {
        BufferedImage in = TestImages.quadrants(50, 40);

        BufferedImage out = new ResizeToFit(100, 100, false).process(in);

        assertThat(out).isSameAs(in);
    }

    @Test
    void process_oneSideRoundsToEqualWithoutUpscale_doesNotResizeAsPilkit() {
        // fitted to 999x2 (round(1.998)): the height is not strictly smaller, so pilkit
        // leaves the image alone
        BufferedImage in = TestImages.gradient(1000, 2);

        assertThat(new ResizeToFit(999, null, false).process(in)).isSameAs(in);
        assertThat(new ResizeToFit(999, null, true).process(in).getWidth()).isEqualTo(999);
    }

    @Test
    void process_smallImageWithUpscale_enlarges() {
        BufferedImage out = new ResizeToFit(100, 100).process(TestImages.quadrants(50, 40));

        assertThat(out.getWidth()).isEqualTo(100);
        assertThat(out.getHeight()).isEqualTo(80);
    }

    @Test
    void process_matColor_padsToTheSizeAroundTheCentredImage() {
        BufferedImage in = TestImages.solid(400, 200, Color.BLUE);

        BufferedImage out = new ResizeToFit(100, 100, true, Color.RED, null).process(in);

        assertThat(out.getWidth()).isEqualTo(100);
        assertThat(out.getHeight()).isEqualTo(100);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        // image rows 25..74, mat above and below
        assertThat(Pictures.rgb(out, 50, 24)).isEqualTo(0xff0000);
        assertThat(Pictures.rgb(out, 50, 25)).isEqualTo(0x0000ff);
        assertThat(Pictures.rgb(out, 50, 74)).isEqualTo(0x0000ff);
        assertThat(Pictures.rgb(out, 50, 75)).isEqualTo(0xff0000);
    }

    @Test
    void process_matColorWithAnchor_putsTheImageThere() {
        BufferedImage in = TestImages.solid(400, 200, Color.BLUE);

        BufferedImage out = new ResizeToFit(100, 100, true, Color.RED, Anchor.BOTTOM)
                .process(in);

        assertThat(Pictures.rgb(out, 50, 49)).isEqualTo(0xff0000);
        assertThat(Pictures.rgb(out, 50, 50)).isEqualTo(0x0000ff);
        assertThat(Pictures.rgb(out, 50, 99)).isEqualTo(0x0000ff);
    }

    @Test
    void process_matColorWithoutUpscale_padsTheSmallImage() {
        BufferedImage in = TestImages.solid(20, 10, Color.BLUE);

        BufferedImage out = new ResizeToFit(100, 100, false, Color.RED, null).process(in);

        assertThat(out.getWidth()).isEqualTo(100);
        assertThat(Pictures.rgb(out, 50, 50)).isEqualTo(0x0000ff);
        assertThat(Pictures.rgb(out, 39, 50)).isEqualTo(0xff0000);
        assertThat(Pictures.rgb(out, 40, 45)).isEqualTo(0x0000ff);
        assertThat(Pictures.rgb(out, 40, 44)).isEqualTo(0xff0000);
    }

    @Test
    void process_translucentMat_givesArgb() {
        BufferedImage out = new ResizeToFit(100, 100, true, new Color(0, 0, 0, 0), null)
                .process(TestImages.solid(200, 100, Color.BLUE));

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(Pictures.alpha(out, 0, 0)).isZero();
        assertThat(Pictures.alpha(out, 50, 50)).isEqualTo(255);
    }

    @Test
    void process_sideRoundingToZero_keepsOnePixel() {
        BufferedImage out = new ResizeToFit(100, null).process(TestImages.gradient(1000, 2));

        assertThat(out.getWidth()).isEqualTo(100);
        assertThat(out.getHeight()).isEqualTo(1);
    }

    @Test
    void requiredInputSize_largePhoto_isTheFittedSize() {
        assertThat(new ResizeToFit(400, 400).requiredInputSize(new Size(4000, 3000),
                new Size(400, 300))).isEqualTo(new Size(400, 300));
        assertThat(new ResizeToFit(400, 400, true, Color.RED, null).requiredInputSize(
                new Size(4000, 3000), new Size(400, 400))).isEqualTo(new Size(400, 300));
    }

    @Test
    void constructor_badSides_failsNamingThem() {
        assertThatThrownBy(() -> new ResizeToFit(null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width and height are both null: give at least one");
        assertThatThrownBy(() -> new ResizeToFit(100, null, true, Color.RED, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a mat colour needs both width and height, was 100xnull");
        assertThatThrownBy(() -> new ResizeToFit(0, 5))
                .hasMessage("width must be at least 1, was 0");
    }
}
