package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class ImagePropertiesTest {

    @Test
    void with_property_sharesThePixelsAndKeepsOtherProperties() {
        BufferedImage in = TestImages.gradient(10, 8);

        BufferedImage o = ImageProperties.with(in, ImageProperties.ORIENTATION, 6);
        BufferedImage both = ImageProperties.with(o, ImageProperties.FULL_SIZE,
                new Size(80, 64));

        assertThat(both.getRaster()).isSameAs(in.getRaster());
        assertThat(ImageProperties.orientation(both)).contains(6);
        assertThat(ImageProperties.fullSize(both)).isEqualTo(new Size(80, 64));
        assertThat(ImageProperties.orientation(in)).isEmpty();
    }

    @Test
    void fullSize_absent_isTheImageSize() {
        assertThat(ImageProperties.fullSize(TestImages.gradient(10, 8)))
                .isEqualTo(new Size(10, 8));
    }

    @Test
    void with_badValues_fail() {
        BufferedImage in = TestImages.gradient(10, 8);

        assertThatThrownBy(() -> ImageProperties.with(in, ImageProperties.ORIENTATION, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("orientation must be an Integer from 1 to 8, was 9");
        assertThatThrownBy(() -> ImageProperties.with(in, ImageProperties.FULL_SIZE,
                new Size(5, 8))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("full size must be a Size at least 10x8, was 5x8");
        assertThatThrownBy(() -> ImageProperties.with(in, "other", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("property \"other\" is not one of imagekit.orientation,"
                        + " imagekit.full-size");
    }
}
