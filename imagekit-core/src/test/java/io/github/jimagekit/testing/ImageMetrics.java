package io.github.jimagekit.testing;

import java.awt.image.BufferedImage;

/**
 * Image quality metrics for comparing an output with a reference of the same size: PSNR over
 * RGB and the mean SSIM of luma (8x8 windows, the usual constants).
 */
public final class ImageMetrics {

    private ImageMetrics() {
    }

    /**
     * Computes the peak signal-to-noise ratio over the R, G and B channels.
     *
     * @param a an image
     * @param b an image of the same size
     * @return the PSNR in dB; {@link Double#POSITIVE_INFINITY} for identical images
     */
    public static double psnr(BufferedImage a, BufferedImage b) {
        requireSameSize(a, b);
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = ((p >> shift) & 0xff) - ((q >> shift) & 0xff);
                    sum += d * d;
                }
            }
        }
        double mse = sum / (3.0 * a.getWidth() * a.getHeight());
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /**
     * Computes the mean structural similarity of luma over non-overlapping 8x8 windows.
     *
     * @param a an image
     * @param b an image of the same size
     * @return the SSIM, 1 for identical images
     */
    public static double ssim(BufferedImage a, BufferedImage b) {
        requireSameSize(a, b);
        double[] la = luma(a);
        double[] lb = luma(b);
        int w = a.getWidth();
        int h = a.getHeight();
        int win = Math.min(8, Math.min(w, h));
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        double total = 0;
        int windows = 0;
        for (int y0 = 0; y0 + win <= h; y0 += win) {
            for (int x0 = 0; x0 + win <= w; x0 += win) {
                double ma = 0;
                double mb = 0;
                for (int y = y0; y < y0 + win; y++) {
                    for (int x = x0; x < x0 + win; x++) {
                        ma += la[y * w + x];
                        mb += lb[y * w + x];
                    }
                }
                int n = win * win;
                ma /= n;
                mb /= n;
                double va = 0;
                double vb = 0;
                double cov = 0;
                for (int y = y0; y < y0 + win; y++) {
                    for (int x = x0; x < x0 + win; x++) {
                        double da = la[y * w + x] - ma;
                        double db = lb[y * w + x] - mb;
                        va += da * da;
                        vb += db * db;
                        cov += da * db;
                    }
                }
                va /= n - 1;
                vb /= n - 1;
                cov /= n - 1;
                total += ((2 * ma * mb + c1) * (2 * cov + c2))
                        / ((ma * ma + mb * mb + c1) * (va + vb + c2));
                windows++;
            }
        }
        return total / windows;
    }

    private static double[] luma(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        double[] l = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                l[y * w + x] = 0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff)
                        + 0.114 * (p & 0xff);
            }
        }
        return l;
    }

    private static void requireSameSize(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException("sizes differ: " + a.getWidth() + "x"
                    + a.getHeight() + " and " + b.getWidth() + "x" + b.getHeight());
        }
    }
}
