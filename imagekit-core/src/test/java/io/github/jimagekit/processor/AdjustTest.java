package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class AdjustTest {

    @Test
    void process_brightnessZero_isBlack() {
        BufferedImage out = new Adjust().withBrightness(0).process(Pictures.pattern(20, 10));

        for (int p : Pictures.argb(out)) {
            assertThat(p).isEqualTo(0xff000000);
        }
    }

    @Test
    void process_colourZero_isGreyWithPillowsLuma() {
        BufferedImage out = new Adjust().withColor(0).process(TestImages.solid(2, 2,
                new Color(200, 100, 50)));

        // (200 * 19595 + 100 * 38470 + 50 * 7471 + 32768) >> 16 = 124
        assertThat(Pictures.rgb(out, 0, 0)).isEqualTo(0x7c7c7c);
    }

    @Test
    void process_contrastZero_isTheMeanGrey() {
        BufferedImage in = TestImages.quadrants(10, 10);

        BufferedImage out = new Adjust().withContrast(0).process(in);

        // lumas: red 76, green 150, blue 29, white 255; mean 127.5 -> int(128.0) = 128
        assertThat(Pictures.corners(out)).containsOnly(0x808080);
    }

    @Test
    void process_brightnessAboveOne_clipsAt255() {
        BufferedImage out = new Adjust().withBrightness(2).process(TestImages.solid(1, 1,
                new Color(100, 200, 10)));

        assertThat(Pictures.rgb(out, 0, 0)).isEqualTo(0xc8ff14);
    }

    @Test
    void process_sharpnessZero_smoothsInsideAndKeepsTheEdges() {
        BufferedImage in = TestImages.solid(5, 5, Color.BLACK);
        in.setRGB(2, 2, 0xffffff);

        BufferedImage out = new Adjust().withSharpness(0).process(in);

        // 255 * 5/13 = 98.08 -> 98 in the centre; 255/13 = 19.6 -> 20 around it
        assertThat(Pictures.rgb(out, 2, 2)).isEqualTo(0x626262);
        assertThat(Pictures.rgb(out, 1, 1)).isEqualTo(0x141414);
        assertThat(Pictures.rgb(out, 0, 0)).isZero();
    }

    @Test
    void process_identity_returnsTheImage() {
        BufferedImage in = Pictures.pattern(5, 5);

        assertThat(new Adjust().process(in)).isSameAs(in);
    }

    @Test
    void process_alphaImage_keepsAlphaAndProperties() {
        BufferedImage in = ImageProperties.with(Pictures.withAlpha(Pictures.pattern(8, 8)),
                ImageProperties.FULL_SIZE, new Size(80, 80));

        BufferedImage out = new Adjust(0.2, 0.8, 1.5, 1.0).process(in);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(Pictures.alpha(out, 3, 2)).isEqualTo(Pictures.alpha(in, 3, 2));
        assertThat(out.getProperty(ImageProperties.FULL_SIZE)).isEqualTo(new Size(80, 80));
    }

    @Test
    void requiredInputSize_sharpnessUnchanged_passesThrough() {
        assertThat(new Adjust().withColor(0.5).requiredInputSize(new Size(4000, 3000),
                new Size(267, 200))).isEqualTo(new Size(267, 200));
        assertThat(new Adjust().withSharpness(2).requiredInputSize(new Size(4000, 3000),
                new Size(267, 200))).isEqualTo(new Size(4000, 3000));
    }

    @Test
    void constructor_notFinite_fails() {
        assertThatThrownBy(() -> new Adjust(1, Double.NaN, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("brightness must be a finite number, was NaN");
    }
}
