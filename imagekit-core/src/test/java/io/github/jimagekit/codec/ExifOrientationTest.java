package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ExifOrientationTest {

    /** A 3x2 image whose pixels are numbered 1 to 6, row by row. */
    private static BufferedImage numbered(int type) {
        BufferedImage img = new BufferedImage(3, 2, type);
        for (int i = 0; i < 6; i++) {
            img.setRGB(i % 3, i / 3, 0xff000000 | (i + 1) * 40);
        }
        return img;
    }

    private static int[][] numbers(BufferedImage img) {
        int[][] n = new int[img.getHeight()][img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n[y][x] = (img.getRGB(x, y) & 0xff) / 40;
            }
        }
        return n;
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR})
    void apply_everyOrientation_movesPixelsPerExif(int type) {
        BufferedImage img = numbered(type);

        // stored:  1 2 3
        //          4 5 6
        assertThat(numbers(ExifOrientation.apply(img, 1))).isDeepEqualTo(
                new int[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(numbers(ExifOrientation.apply(img, 2))).isDeepEqualTo(
                new int[][] {{3, 2, 1}, {6, 5, 4}});
        assertThat(numbers(ExifOrientation.apply(img, 3))).isDeepEqualTo(
                new int[][] {{6, 5, 4}, {3, 2, 1}});
        assertThat(numbers(ExifOrientation.apply(img, 4))).isDeepEqualTo(
                new int[][] {{4, 5, 6}, {1, 2, 3}});
        assertThat(numbers(ExifOrientation.apply(img, 5))).isDeepEqualTo(
                new int[][] {{1, 4}, {2, 5}, {3, 6}});
        assertThat(numbers(ExifOrientation.apply(img, 6))).isDeepEqualTo(
                new int[][] {{4, 1}, {5, 2}, {6, 3}});
        assertThat(numbers(ExifOrientation.apply(img, 7))).isDeepEqualTo(
                new int[][] {{6, 3}, {5, 2}, {4, 1}});
        assertThat(numbers(ExifOrientation.apply(img, 8))).isDeepEqualTo(
                new int[][] {{3, 6}, {2, 5}, {1, 4}});
    }

    @Test
    void apply_keepsTypeAndDoesNotTouchInput() {
        BufferedImage img = numbered(BufferedImage.TYPE_3BYTE_BGR);

        BufferedImage out = ExifOrientation.apply(img, 6);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(numbers(img)).isDeepEqualTo(new int[][] {{1, 2, 3}, {4, 5, 6}});
    }

    @Test
    void apply_outOfRange_rejected() {
        assertThatThrownBy(() -> ExifOrientation.apply(TestImages.gradient(2, 2), 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("orientation must be from 1 to 8, was 9");
    }

    @Test
    void tag_setsIntegerPropertyAndSharesPixels() {
        BufferedImage img = TestImages.quadrants(4, 4);

        BufferedImage tagged = ExifOrientation.tag(img, 7);

        assertThat(tagged.getProperty("imagekit.orientation")).isEqualTo(7);
        assertThat(tagged.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(tagged.getRaster()).isSameAs(img.getRaster());
    }
}
