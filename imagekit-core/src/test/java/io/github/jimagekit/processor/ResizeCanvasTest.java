package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class ResizeCanvasTest {

    @Test
    void process_largerCanvas_centresTheImageOnTransparentWhite() {
        BufferedImage out = new ResizeCanvas(30, 20).process(TestImages.solid(10, 10,
                Color.RED));

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(out.getRGB(0, 0)).isEqualTo(0x00ffffff);
        assertThat(out.getRGB(10, 5)).isEqualTo(0xffff0000);
        assertThat(out.getRGB(19, 14)).isEqualTo(0xffff0000);
        assertThat(out.getRGB(20, 14)).isEqualTo(0x00ffffff);
    }

    @Test
    void process_opaqueColourAndAnchor_placesTheImageThere() {
        BufferedImage out = new ResizeCanvas(30, 20, Color.BLUE, Anchor.BOTTOM_RIGHT)
                .process(TestImages.solid(10, 10, Color.RED));

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(Pictures.rgb(out, 19, 9)).isEqualTo(0x0000ff);
        assertThat(Pictures.rgb(out, 20, 10)).isEqualTo(0xff0000);
        assertThat(Pictures.rgb(out, 29, 19)).isEqualTo(0xff0000);
    }

    @Test
    void process_coordinates_putTheTopLeftCornerThere() {
        BufferedImage out = new ResizeCanvas(30, 20, Color.BLUE, 3, -2)
                .process(TestImages.quadrants(10, 10));

        assertThat(Pictures.rgb(out, 2, 0)).isEqualTo(0x0000ff);
        assertThat(Pictures.rgb(out, 3, 0)).isEqualTo(0xff0000);
        // rows 0-2 of the image are cut: the blue half starts at canvas row 3
        assertThat(Pictures.rgb(out, 3, 2)).isEqualTo(0xff0000);
        assertThat(Pictures.rgb(out, 3, 3)).isEqualTo(0x0000ff);
    }

    @Test
    void process_transparentPixels_areCopiedNotBlended() {
        BufferedImage in = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        in.setRGB(1, 1, 0x00123456);

        BufferedImage out = new ResizeCanvas(8, 8, Color.RED, 2, 2).process(in);

        assertThat(out.getRGB(3, 3)).isEqualTo(0x00123456);
        assertThat(out.getRGB(0, 0)).isEqualTo(0xffff0000);
    }

    @Test
    void process_sameSizeAtTheOrigin_returnsTheImage() {
        BufferedImage in = TestImages.gradient(10, 10);

        assertThat(new ResizeCanvas(10, 10).process(in)).isSameAs(in);
    }

    @Test
    void outputSize_isTheCanvas() {
        assertThat(new ResizeCanvas(30, 20).outputSize(new Size(1, 1)))
                .contains(new Size(30, 20));
    }

    @Test
    void constructor_badSide_fails() {
        assertThatThrownBy(() -> new ResizeCanvas(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width must be at least 1, was 0");
    }
}
