package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Image;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TransposeTest {

    private static final int R = 0xff0000;
    private static final int G = 0x00ff00;
    private static final int B = 0x0000ff;
    private static final int W = 0xffffff;

    /**
     * The EXIF specification's meaning of each orientation, applied to a stored image whose
     * quadrants are red, green / blue, white: the corners as displayed (top-left, top-right,
     * bottom-left, bottom-right). For example 6 says "row 0 is the visual right side, column 0
     * the visual top", so stored red ends top-right and stored blue top-left.
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, R, G, B, W, false", "2, G, R, W, B, false", "3, W, B, G, R, false",
        "4, B, W, R, G, false", "5, R, B, G, W, true", "6, B, R, W, G, true",
        "7, W, G, B, R, true", "8, G, W, R, B, true"
    })
    void orient_eachExifOrientation_putsTheCornersUpright(int orientation, String tl, String tr,
            String bl, String br, boolean turned) {
        BufferedImage stored = TestImages.quadrants(40, 20);

        BufferedImage out = Transpose.orient(stored, orientation);

        assertThat(Pictures.corners(out)).containsExactly(colour(tl), colour(tr), colour(bl),
                colour(br));
        assertThat(out.getWidth()).isEqualTo(turned ? 20 : 40);
        assertThat(out.getHeight()).isEqualTo(turned ? 40 : 20);
    }

    private static int colour(String name) {
        return switch (name) {
            case "R" -> R;
            case "G" -> G;
            case "B" -> B;
            default -> W;
        };
    }

    @Test
    void orient_one_returnsTheImageItself() {
        BufferedImage in = TestImages.quadrants(4, 2);

        assertThat(Transpose.orient(in, 1)).isSameAs(in);
    }

    @Test
    void orient_badOrientation_fails() {
        assertThatThrownBy(() -> Transpose.orient(TestImages.quadrants(4, 2), 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EXIF orientation must be from 1 to 8, was 9");
        assertThatThrownBy(() -> Transpose.orient(TestImages.quadrants(4, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void orient_everyPixel_landsWhereTheFormulaSays() {
        BufferedImage in = Pictures.pattern(7, 5);

        BufferedImage out = Transpose.orient(in, 6);

        // a clockwise turn: displayed (x, y) is stored (y, h - 1 - x)
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 5; x++) {
                assertThat(out.getRGB(x, y)).isEqualTo(in.getRGB(y, 4 - x));
            }
        }
    }

    @Test
    void auto_orientationProperty_appliesIt() {
        BufferedImage stored = ImageProperties.with(TestImages.quadrants(40, 20),
                ImageProperties.ORIENTATION, 8);

        BufferedImage out = Transpose.auto().process(stored);

        assertThat(Pictures.corners(out)).containsExactly(G, W, R, B);
        assertThat(out.getProperty(ImageProperties.ORIENTATION))
                .isSameAs(Image.UndefinedProperty);
    }

    @Test
    void auto_noProperty_returnsTheImage() {
        BufferedImage in = TestImages.quadrants(4, 2);

        assertThat(Transpose.auto().process(in)).isSameAs(in);
    }

    @Test
    void auto_propertyKeptThroughAnAdjustment_isStillApplied() {
        BufferedImage stored = ImageProperties.with(TestImages.quadrants(40, 20),
                ImageProperties.ORIENTATION, 3);

        BufferedImage out = Processor.pipeline(new Adjust().withBrightness(0.5),
                Transpose.auto()).process(stored);

        assertThat(Pictures.rgb(out, 0, 0)).isEqualTo(0x7f7f7f);
    }

    @Test
    void of_counterClockwiseThenMirror_isPillowsSequence() {
        // pilkit's Transpose(ROTATE_90, FLIP_HORIZONTAL) is EXIF orientation 7
        BufferedImage out = Transpose.of(Transpose.Method.ROTATE_90,
                Transpose.Method.FLIP_HORIZONTAL).process(TestImages.quadrants(40, 20));

        assertThat(Pictures.corners(out)).containsExactly(W, G, B, R);
    }

    @ParameterizedTest
    @CsvSource({
        "FLIP_HORIZONTAL, G, R, W, B", "FLIP_VERTICAL, B, W, R, G", "ROTATE_90, G, W, R, B",
        "ROTATE_180, W, B, G, R", "ROTATE_270, B, R, W, G", "TRANSPOSE, R, B, G, W",
        "TRANSVERSE, W, G, B, R"
    })
    void of_eachMethod_movesTheCorners(Transpose.Method method, String tl, String tr,
            String bl, String br) {
        BufferedImage out = Transpose.of(method).process(TestImages.quadrants(40, 20));

        assertThat(Pictures.corners(out)).containsExactly(colour(tl), colour(tr), colour(bl),
                colour(br));
    }

    @Test
    void of_stepsThatCancel_returnTheImage() {
        BufferedImage in = TestImages.quadrants(4, 2);

        assertThat(Transpose.of(Transpose.Method.ROTATE_90, Transpose.Method.ROTATE_270)
                .process(in)).isSameAs(in);
        assertThat(Transpose.of(Transpose.Method.ROTATE_90, Transpose.Method.ROTATE_90))
                .isEqualTo(Transpose.rotate180());
    }

    @Test
    void of_noStep_fails() {
        assertThatThrownBy(Transpose::of).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transpose needs at least one method (use auto() for the EXIF"
                        + " orientation)");
    }

    @Test
    void process_alphaImage_keepsAlpha() {
        BufferedImage in = Pictures.withAlpha(Pictures.pattern(6, 4));

        BufferedImage out = Transpose.rotate180().process(in);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(out.getRGB(0, 0)).isEqualTo(in.getRGB(5, 3));
    }

    @Test
    void sizes_quarterTurn_areTransposed() {
        assertThat(Transpose.rotate90().outputSize(new Size(40, 20))).contains(new Size(20,
                40));
        assertThat(Transpose.flipVertical().outputSize(new Size(40, 20)))
                .contains(new Size(40, 20));
        assertThat(Transpose.rotate270().requiredInputSize(new Size(4000, 3000),
                new Size(200, 267))).isEqualTo(new Size(267, 200));
        assertThat(Transpose.auto().outputSize(new Size(40, 20))).contains(new Size(40, 20));
    }

    @Test
    void factories_eachGiveTheirMethod() {
        assertThat(Transpose.flipHorizontal()).isEqualTo(Transpose.of(
                Transpose.Method.FLIP_HORIZONTAL));
        assertThat(Transpose.transpose().cacheKey()).isEqualTo("Transpose(method=transpose)");
        assertThat(Transpose.transverse().cacheKey())
                .isEqualTo("Transpose(method=transverse)");
        assertThat(Transpose.rotate270().cacheKey()).isEqualTo("Transpose(method=rotate_270)");
        assertThat(Transpose.Method.ROTATE_90.swapsSides()).isTrue();
    }
}
