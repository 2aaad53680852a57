package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** {@link MakeOpaque}, {@link ColorOverlay} and {@link Reflection}: colour blending. */
final class OverlaysTest {

    @Test
    void makeOpaque_halfTransparentRed_blendsOntoTheBackground() {
        BufferedImage in = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        in.setRGB(0, 0, 0x80ff0000);
        in.setRGB(1, 0, 0x00123456);

        BufferedImage out = new MakeOpaque(Color.BLUE).process(in);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        // red: (255 * 128 + 0 * 127) / 255 = 128; blue: (0 * 128 + 255 * 127) / 255 = 127
        assertThat(out.getRGB(0, 0)).isEqualTo(0xff80007f);
        assertThat(out.getRGB(1, 0)).isEqualTo(0xff0000ff);
    }

    @Test
    void makeOpaque_opaqueImage_isReturnedAsIs() {
        BufferedImage in = TestImages.gradient(3, 3);

        assertThat(new MakeOpaque().process(in)).isSameAs(in);
    }

    @Test
    void makeOpaque_translucentBackground_fails() {
        assertThatThrownBy(() -> new MakeOpaque(new Color(0, 0, 0, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("background must be opaque, was alpha 10");
    }

    @Test
    void colorOverlay_thirtyPercentRed_blendsWithPilkitsMask() {
        BufferedImage out = new ColorOverlay(Color.RED, 0.3).process(TestImages.solid(1, 1,
                Color.BLUE));

        // m = int(0.7 * 255) = 178: red (0 * 178 + 255 * 77) / 255 = 77, blue 178
        assertThat(Pictures.rgb(out, 0, 0)).isEqualTo(0x4d00b2);
    }

    @Test
    void colorOverlay_alphaImage_keepsAlpha() {
        BufferedImage in = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        in.setRGB(0, 0, 0x400000ff);

        BufferedImage out = new ColorOverlay(Color.RED, 1).process(in);

        assertThat(out.getRGB(0, 0)).isEqualTo(0x40ff0000);
    }

    @Test
    void colorOverlay_badOpacity_fails() {
        assertThatThrownBy(() -> new ColorOverlay(Color.RED, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opacity must be from 0 to 1, was 1.5");
    }

    @Test
    void reflection_halfSize_addsAFadingMirrorBelow() {
        BufferedImage in = TestImages.quadrants(10, 20);

        BufferedImage out = new Reflection(Color.BLACK, 0.5, 1).process(in);

        assertThat(out.getWidth()).isEqualTo(10);
        assertThat(out.getHeight()).isEqualTo(30);
        assertThat(Pictures.rgb(out, 0, 19)).isEqualTo(0x0000ff);
        // right below the image: the mirrored bottom row, nearly opaque (Pillow's bicubic
        // stretch of the 255-step fade averages its first steps: 243 of 255)
        assertThat(Pictures.rgb(out, 0, 20)).isEqualTo(0x0000f3);
        assertThat(Pictures.rgb(out, 9, 20)).isEqualTo(0xf3f3f3);
        // then fading into the black background
        assertThat(Pictures.rgb(out, 9, 29) & 0xff).isLessThan(0x40);
    }

    @Test
    void reflection_sizeTooSmallForPilkitsFade_addsBackgroundRows() {
        BufferedImage out = new Reflection(Color.GREEN, 0.003, 0.6)
                .process(TestImages.solid(4, 1000, Color.RED));

        assertThat(out.getHeight()).isEqualTo(1003);
        assertThat(Pictures.rgb(out, 0, 1001)).isEqualTo(0x00ff00);
    }

    @Test
    void reflection_badSize_fails() {
        assertThatThrownBy(() -> new Reflection(null, 2, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must be from 0 to 1, was 2.0");
    }
}
