package io.github.jimagekit.codec;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;

/**
 * Makes processed pixels fit the output format, as pilkit's {@code prepare_image} does before
 * saving when a spec has {@code autoconvert} on (the default).
 *
 * <ul>
 *   <li>Alpha, to a format with alpha (PNG, WebP, TIFF): kept.</li>
 *   <li>Alpha, to GIF (palette transparency): pixels at most half opaque ({@code alpha <= 128})
 *       become fully transparent, the others fully opaque; the GIF writer then builds a
 *       palette with one transparent entry.</li>
 *   <li>Alpha, to a format without alpha (JPEG, BMP): composited onto white, like pilkit's
 *       {@code MakeOpaque}, so that transparent areas do not turn black.</li>
 *   <li>A palette image, to PNG or GIF: kept as it is; to other formats: as above.</li>
 *   <li>Anything else: converted to RGB (grey becomes RGB, as Pillow's
 *       {@code convert('RGB')} does); a GIF writer quantises it.</li>
 * </ul>
 *
 * <p>pilkit keeps alpha only for PNG, because its lists predate Pillow's WebP support; here
 * every format that stores alpha keeps it.
 */
final class Autoconvert {

    private static final int WHITE = 0xffffff;

    private Autoconvert() {
    }

    /**
     * Converts an image for a format.
     *
     * @param image  the processed pixels
     * @param format the output format
     * @return the image to encode; {@code image} itself when nothing needs to change
     */
    static BufferedImage prepare(BufferedImage image, ImageFormat format) {
        boolean palette = image.getColorModel() instanceof IndexColorModel;
        boolean alpha = image.getColorModel().hasAlpha();
        boolean gif = format.equals(ImageFormat.GIF);
        if (palette && (gif || format.equals(ImageFormat.PNG))) {
            return image;
        }
        if (!alpha) {
            return IntPixels.of(image);
        }
        if (gif) {
            return snapAlpha(image);
        }
        return format.supportsAlpha() ? image : flatten(image, WHITE);
    }

    /**
     * Composites an image onto a solid colour.
     *
     * @param image      an image with alpha
     * @param background the background colour, {@code 0xRRGGBB}
     * @return an opaque {@code TYPE_INT_RGB} copy
     */
    static BufferedImage flatten(BufferedImage image, int background) {
        BufferedImage argb = IntPixels.of(image);
        int[] src = IntPixels.data(argb);
        BufferedImage out = IntPixels.create(image.getWidth(), image.getHeight(), false);
        int[] dst = IntPixels.data(out);
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            int a = p >>> 24;
            dst[i] = a == 255 ? p & WHITE
                    : blend(p >> 16, background >> 16, a) << 16
                            | blend(p >> 8, background >> 8, a) << 8
                            | blend(p, background, a);
        }
        return out;
    }

    private static int blend(int fg, int bg, int alpha) {
        return ((fg & 0xff) * alpha + (bg & 0xff) * (255 - alpha) + 127) / 255;
    }

    private static BufferedImage snapAlpha(BufferedImage image) {
        BufferedImage argb = IntPixels.of(image);
        int[] src = IntPixels.data(argb);
        BufferedImage out = IntPixels.create(image.getWidth(), image.getHeight(), true);
        int[] dst = IntPixels.data(out);
        for (int i = 0; i < src.length; i++) {
            dst[i] = (src[i] >>> 24) <= 128 ? 0 : src[i] | 0xff000000;
        }
        return out;
    }
}
