package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CropTest {

    private static final int RED = 0xff0000;
    private static final int GREEN = 0x00ff00;
    private static final int BLUE = 0x0000ff;
    private static final int WHITE = 0xffffff;

    @ParameterizedTest
    @CsvSource({"TOP_LEFT, 16711680", "TOP_RIGHT, 65280", "BOTTOM_LEFT, 255",
        "BOTTOM_RIGHT, 16777215"})
    void process_cornerAnchor_keepsThatCorner(Anchor anchor, int colour) {
        BufferedImage out = new Crop(10, 10, anchor).process(TestImages.quadrants(100, 60));

        assertThat(out.getWidth()).isEqualTo(10);
        assertThat(Pictures.corners(out)).containsOnly(colour);
    }

    @Test
    void process_centre_keepsAllFourQuadrants() {
        BufferedImage out = new Crop(20, 20).process(TestImages.quadrants(100, 60));

        assertThat(Pictures.corners(out)).containsExactly(RED, GREEN, BLUE, WHITE);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void process_negativeCoordinates_keepThePartStartingThere() {
        BufferedImage in = Pictures.pattern(100, 60);

        BufferedImage out = new Crop(30, 20, -40, -25).process(in);

        assertThat(Pictures.rgb(out, 0, 0)).isEqualTo(Pictures.rgb(in, 40, 25));
        assertThat(Pictures.rgb(out, 29, 19)).isEqualTo(Pictures.rgb(in, 69, 44));
    }

    @Test
    void process_positiveCoordinates_leaveATransparentMarginAsPilkit() {
        BufferedImage in = TestImages.quadrants(100, 60);

        BufferedImage out = new Crop(30, 20, 5, 3).process(in);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(out.getRGB(4, 10)).isEqualTo(0x00ffffff);
        assertThat(out.getRGB(5, 3)).isEqualTo(0xffff0000);
    }

    @Test
    void process_largerThanTheImage_neverEnlarges() {
        BufferedImage in = TestImages.quadrants(40, 30);

        assertThat(new Crop(100, 100).process(in)).isSameAs(in);
        BufferedImage out = new Crop(100, 10).process(in);
        assertThat(out.getWidth()).isEqualTo(40);
        assertThat(out.getHeight()).isEqualTo(10);
    }

    @Test
    void outputSize_andRequiredInputSize_followThePixels() {
        Crop crop = new Crop(100, 50);

        assertThat(crop.outputSize(new Size(80, 80))).contains(new Size(80, 50));
        assertThat(crop.requiredInputSize(new Size(4000, 3000), new Size(100, 50)))
                .isEqualTo(new Size(4000, 3000));
    }
}
