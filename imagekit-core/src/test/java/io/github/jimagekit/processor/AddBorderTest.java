package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class AddBorderTest {

    @Test
    void process_perSideThickness_growsTheCanvasAroundTheImage() {
        BufferedImage out = new AddBorder(1, 2, 3, 4, Color.GREEN)
                .process(TestImages.solid(10, 10, Color.RED));

        assertThat(out.getWidth()).isEqualTo(16);
        assertThat(out.getHeight()).isEqualTo(14);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(Pictures.rgb(out, 3, 5)).isEqualTo(0x00ff00);
        assertThat(Pictures.rgb(out, 4, 1)).isEqualTo(0xff0000);
        assertThat(Pictures.rgb(out, 4, 0)).isEqualTo(0x00ff00);
        assertThat(Pictures.rgb(out, 13, 10)).isEqualTo(0xff0000);
        assertThat(Pictures.rgb(out, 14, 10)).isEqualTo(0x00ff00);
        assertThat(Pictures.rgb(out, 13, 11)).isEqualTo(0x00ff00);
    }

    @Test
    void process_noColour_addsATransparentWhiteBorder() {
        BufferedImage out = new AddBorder(2).process(TestImages.solid(4, 4, Color.RED));

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(out.getRGB(0, 0)).isEqualTo(0x00ffffff);
        assertThat(out.getRGB(2, 2)).isEqualTo(0xffff0000);
    }

    @Test
    void outputSize_addsTheThicknesses() {
        assertThat(new AddBorder(1, 2, 3, 4, null).outputSize(new Size(10, 10)))
                .contains(new Size(16, 14));
    }

    @Test
    void constructor_negativeThickness_fails() {
        assertThatThrownBy(() -> new AddBorder(1, 2, -3, 4, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bottom thickness must be at least 0, was -3");
    }
}
