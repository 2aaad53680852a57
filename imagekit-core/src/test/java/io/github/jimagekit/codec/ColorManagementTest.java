package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

final class ColorManagementTest {

    private static final byte[] LINEAR = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB)
            .getData();

    @Test
    void toSrgb_linearProfile_brightensMidTones() {
        BufferedImage img = TestImages.solid(2, 2, new java.awt.Color(64, 128, 0));

        BufferedImage out = ColorManagement.toSrgb(img, LINEAR);

        // linear 0.251 -> sRGB 0.538 (137); linear 0.502 -> sRGB 0.735 (188)
        int p = out.getRGB(1, 1);
        assertThat((p >> 16) & 0xff).isBetween(135, 139);
        assertThat((p >> 8) & 0xff).isBetween(186, 190);
        assertThat(p & 0xff).isZero();
        assertThat(img.getRGB(1, 1) & 0xffffff).as("input untouched").isEqualTo(0x408000);
    }

    @Test
    void toSrgb_alpha_keptAsIs() {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0x40404040);

        BufferedImage out = ColorManagement.toSrgb(img, LINEAR);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(out.getRGB(0, 0) >>> 24).isEqualTo(0x40);
        assertThat((out.getRGB(0, 0) >> 16) & 0xff).isBetween(135, 139);
    }

    @Test
    void toSrgb_srgbProfile_returnsSameImage() {
        BufferedImage img = TestImages.gradient(8, 8);

        assertThat(ColorManagement.toSrgb(img,
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())).isSameAs(img);
    }

    @Test
    void toSrgb_unparsableOrNonRgbProfile_returnsSameImage() {
        BufferedImage img = TestImages.gradient(8, 8);

        assertThat(ColorManagement.toSrgb(img, new byte[] {1, 2, 3, 4})).isSameAs(img);
        assertThat(ColorManagement.toSrgb(img,
                ICC_Profile.getInstance(ColorSpace.CS_GRAY).getData())).isSameAs(img);
    }

    @Test
    void isSrgb_linearProfile_false() {
        assertThat(ColorManagement.isSrgb(ColorManagement.rgbSpace(LINEAR).orElseThrow()))
                .isFalse();
    }
}
