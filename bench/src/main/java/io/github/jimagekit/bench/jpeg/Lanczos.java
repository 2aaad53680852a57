package io.github.jimagekit.bench.jpeg;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A separable Lanczos3 resample of a box of the source to an output size, computed as Pillow's
 * {@code Image.resize(size, LANCZOS, box)} does (filter support widened by the downscale
 * factor, sample centres at {@code box + (x + 0.5) * scale}, normalised weights), so that the
 * benchmarks' thumbnails compare with Pillow's without resampler differences.
 */
final class Lanczos {

    private Lanczos() {
    }

    /**
     * Resamples a box of an image.
     *
     * @param src    a {@code TYPE_INT_RGB} image
     * @param x0     the box's left edge, in source pixels (may be fractional)
     * @param y0     the box's top edge
     * @param x1     the box's right edge
     * @param y1     the box's bottom edge
     * @param width  the output width
     * @param height the output height
     * @return the {@code TYPE_INT_RGB} result
     */
    static BufferedImage resize(BufferedImage src, double x0, double y0, double x1, double y1,
            int width, int height) {
        Weights wx = weights(x0, x1, width, src.getWidth());
        Weights wy = weights(y0, y1, height, src.getHeight());
        float[] mid = horizontal(pixels(src), src.getWidth(), src.getHeight(), wx, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        vertical(mid, wy, width, height, pixels(out));
        return out;
    }

    /** Resamples every source row to the output width; returns RGB floats per pixel. */
    private static float[] horizontal(int[] in, int sw, int sh, Weights wx, int width) {
        float[] mid = new float[3 * width * sh];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < width; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = 0; k < wx.count[x]; k++) {
                    int p = in[y * sw + wx.first[x] + k];
                    float w = wx.w[x][k];
                    r += w * ((p >> 16) & 0xFF);
                    g += w * ((p >> 8) & 0xFF);
                    b += w * (p & 0xFF);
                }
                int o = 3 * (y * width + x);
                mid[o] = r;
                mid[o + 1] = g;
                mid[o + 2] = b;
            }
        }
        return mid;
    }

    /** Resamples the columns of the horizontal pass to the output height. */
    private static void vertical(float[] mid, Weights wy, int width, int height, int[] dst) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = 0; k < wy.count[y]; k++) {
                    int o = 3 * ((wy.first[y] + k) * width + x);
                    float w = wy.w[y][k];
                    r += w * mid[o];
                    g += w * mid[o + 1];
                    b += w * mid[o + 2];
                }
                dst[y * width + x] = clamp(r) << 16 | clamp(g) << 8 | clamp(b);
            }
        }
    }

    private static int[] pixels(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("need TYPE_INT_RGB, got " + image.getType());
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static int clamp(float v) {
        int i = Math.round(v);
        return i < 0 ? 0 : Math.min(i, 255);
    }

    /** The source taps of each output sample. */
    private static final class Weights {
        final int[] first;
        final int[] count;
        final float[][] w;

        Weights(int n) {
            first = new int[n];
            count = new int[n];
            w = new float[n][];
        }
    }

    private static Weights weights(double in0, double in1, int outSize, int inSize) {
        double scale = (in1 - in0) / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = 3.0 * filterScale;
        Weights result = new Weights(outSize);
        for (int x = 0; x < outSize; x++) {
            double center = in0 + (x + 0.5) * scale;
            int xmin = Math.max((int) (center - support + 0.5), 0);
            int xmax = Math.min((int) (center + support + 0.5), inSize);
            float[] w = new float[Math.max(xmax - xmin, 0)];
            double total = 0;
            for (int k = 0; k < w.length; k++) {
                double v = lanczos3((k + xmin - center + 0.5) / filterScale);
                w[k] = (float) v;
                total += v;
            }
            for (int k = 0; k < w.length && total != 0; k++) {
                w[k] /= (float) total;
            }
            result.first[x] = xmin;
            result.count[x] = w.length;
            result.w[x] = w;
        }
        return result;
    }

    private static double lanczos3(double x) {
        if (x == 0) {
            return 1;
        }
        if (x <= -3 || x >= 3) {
            return 0;
        }
        double px = Math.PI * x;
        return 3 * Math.sin(px) * Math.sin(px / 3) / (px * px);
    }
}
