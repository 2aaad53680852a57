package io.github.jimagekit.codec;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Turns pixels into encoded bytes of one or more formats.
 */
public interface ImageEncoder {

    /**
     * Tells whether this encoder writes a format.
     *
     * @param format the output format
     * @return whether {@link #encode} accepts it
     */
    boolean supports(ImageFormat format);

    /**
     * Encodes an image. Metadata (EXIF, comments) is never written; the colour space is sRGB.
     *
     * @param image   the pixels; for a format without alpha, already opaque
     * @param format  a supported format
     * @param options quality and other settings
     * @return the encoded bytes
     * @throws IOException when encoding fails
     */
    byte[] encode(BufferedImage image, ImageFormat format, EncodeOptions options)
            throws IOException;
}
