package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.zip.CRC32;

/**
 * Images and pixel probes for the processor tests, on top of the shared
 * {@link io.github.jimagekit.testing.TestImages}.
 */
final class Pictures {

    private Pictures() {
    }

    /**
     * Makes a busy deterministic pattern, the same as {@code pilkit_golden.py}'s.
     *
     * @param w the width
     * @param h the height
     * @return a {@code TYPE_INT_RGB} image
     */
    static BufferedImage pattern(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (x * 37 + y * 91 + x * y * 7) % 256;
                int g = (x * 11 + y * 53 + x * y * 13) % 256;
                int b = (x * x + y * y * 3) % 256;
                img.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return img;
    }

    /**
     * Adds {@code pilkit_golden.py}'s alpha ramp to an opaque image.
     *
     * @param img the image
     * @return a new {@code TYPE_INT_ARGB} image
     */
    static BufferedImage withAlpha(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = (x * 255 / (w - 1) + y * 3) % 256;
                out.setRGB(x, y, a << 24 | img.getRGB(x, y) & 0xffffff);
            }
        }
        return out;
    }

    /**
     * Checksums pixels as {@code pilkit_golden.py} does: CRC-32 of R, G, B, A bytes.
     *
     * @param img the image
     * @return eight hex digits
     */
    static String crc(BufferedImage img) {
        CRC32 crc = new CRC32();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                crc.update(p >> 16 & 0xff);
                crc.update(p >> 8 & 0xff);
                crc.update(p & 0xff);
                crc.update(p >>> 24);
            }
        }
        return String.format("%08x", crc.getValue());
    }

    /**
     * Returns a pixel without alpha.
     *
     * @param img the image
     * @param x   the column
     * @param y   the row
     * @return {@code 0xRRGGBB}
     */
    static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xffffff;
    }

    /**
     * Returns a pixel's alpha.
     *
     * @param img the image
     * @param x   the column
     * @param y   the row
     * @return 0 to 255
     */
    static int alpha(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) >>> 24;
    }

    /**
     * Returns the four corner pixels without alpha.
     *
     * @param img the image
     * @return top-left, top-right, bottom-left, bottom-right
     */
    static int[] corners(BufferedImage img) {
        int w = img.getWidth() - 1;
        int h = img.getHeight() - 1;
        return new int[] {rgb(img, 0, 0), rgb(img, w, 0), rgb(img, 0, h), rgb(img, w, h)};
    }

    /**
     * Returns every pixel, ARGB.
     *
     * @param img the image
     * @return the pixels row by row
     */
    static int[] argb(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /**
     * Shrinks an image by an integer factor, averaging blocks, as a DCT-scaling JPEG decoder
     * does on load.
     *
     * @param img    the image
     * @param factor the factor
     * @return a {@code TYPE_INT_RGB} image of {@code ceil(size / factor)}
     */
    static BufferedImage boxShrink(BufferedImage img, int factor) {
        int w = (img.getWidth() + factor - 1) / factor;
        int h = (img.getHeight() + factor - 1) / factor;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                int n = 0;
                for (int yy = y * factor; yy < Math.min(img.getHeight(), (y + 1) * factor); yy++) {
                    for (int xx = x * factor; xx < Math.min(img.getWidth(), (x + 1) * factor);
                            xx++) {
                        int p = img.getRGB(xx, yy);
                        r += p >> 16 & 0xff;
                        g += p >> 8 & 0xff;
                        b += p & 0xff;
                        n++;
                    }
                }
                out.setRGB(x, y, (r + n / 2) / n << 16 | (g + n / 2) / n << 8 | (b + n / 2) / n);
            }
        }
        return out;
    }
}
