package io.github.jimagekit.codec;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Pixels as a decoder returns them: not yet oriented, possibly smaller than the stored size
 * (shrink-on-load), and either already in sRGB or still in the header's ICC colour space.
 *
 * @param image          the pixels, stored orientation
 * @param colorConverted whether the decoder already converted the pixels to sRGB (so the
 *     header's ICC profile must not be applied again)
 */
public record DecodedImage(BufferedImage image, boolean colorConverted) {

    /**
     * Checks the values.
     *
     * @param image          the pixels
     * @param colorConverted whether the pixels are already sRGB
     */
    public DecodedImage {
        Objects.requireNonNull(image, "image");
    }
}
