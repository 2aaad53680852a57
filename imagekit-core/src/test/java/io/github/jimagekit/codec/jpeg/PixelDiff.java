package io.github.jimagekit.codec.jpeg;

import java.awt.image.BufferedImage;

/**
 * The per-channel difference of two images of the same size.
 *
 * @param max  the largest absolute difference of any R, G or B sample, 0 to 255
 * @param mean the mean absolute difference over all R, G and B samples
 */
record PixelDiff(int max, double mean) {

    /**
     * Compares two images.
     *
     * @param a an image
     * @param b an image of the same size
     * @return the difference
     */
    static PixelDiff of(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new AssertionError("sizes differ: " + a.getWidth() + "x" + a.getHeight()
                    + " vs " + b.getWidth() + "x" + b.getHeight());
        }
        long sum = 0;
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                    sum += d;
                    max = Math.max(max, d);
                }
            }
        }
        return new PixelDiff(max, sum / (3.0 * a.getWidth() * a.getHeight()));
    }

    /**
     * Box-averages an image by an integer factor, as the reference for a DCT-scaled decode:
     * each output pixel is the rounded mean of the {@code factor x factor} pixels it covers,
     * clipped at the right and bottom edges.
     *
     * @param image  the full-size image
     * @param factor 1, 2, 4 or 8
     * @return the {@code ceil(size / factor)} image
     */
    static BufferedImage boxDownscale(BufferedImage image, int factor) {
        int w = (image.getWidth() + factor - 1) / factor;
        int h = (image.getHeight() + factor - 1) / factor;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] sum = new int[3];
                int n = 0;
                for (int yy = y * factor; yy < Math.min((y + 1) * factor, image.getHeight());
                        yy++) {
                    for (int xx = x * factor; xx < Math.min((x + 1) * factor,
                            image.getWidth()); xx++) {
                        int p = image.getRGB(xx, yy);
                        sum[0] += (p >> 16) & 0xFF;
                        sum[1] += (p >> 8) & 0xFF;
                        sum[2] += p & 0xFF;
                        n++;
                    }
                }
                int half = n / 2;
                out.setRGB(x, y, (sum[0] + half) / n << 16 | (sum[1] + half) / n << 8
                        | (sum[2] + half) / n);
            }
        }
        return out;
    }
}
