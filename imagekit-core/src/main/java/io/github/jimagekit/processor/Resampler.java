package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Hashtable;

/**
 * The one resampler every resizing processor uses: a separable convolution straight from a
 * (fractional) box of the source to the target size, as Pillow's
 * {@code Image.resize(size, LANCZOS, box)} does. Same filter support scaled by the reduction
 * (so large reductions average every source pixel instead of aliasing), same sample positions,
 * same 22-bit fixed-point weights and 8-bit intermediate rows, same premultiplied alpha; only
 * the last bit of an occasional weight may differ (Java's {@code Math.sin} against C's).
 *
 * <p>It works on ARGB int rows read straight from the source's data buffer and only computes
 * the source rows and columns the box needs.
 */
final class Resampler {

    private static final int PRECISION_BITS = 32 - 8 - 2;
    private static final int HALF = 1 << (PRECISION_BITS - 1);

    /** A resampling filter: a weight function and its support at scale 1. */
    enum Filter {
        /** Lanczos with three lobes: Pillow's {@code LANCZOS} (formerly {@code ANTIALIAS}). */
        LANCZOS3(3.0) {
            @Override
            double weight(double x) {
                return x >= -3.0 && x < 3.0 ? sinc(x) * sinc(x / 3.0) : 0.0;
            }
        },
        /** Keys' cubic with a = -0.5: Pillow's {@code BICUBIC}. */
        BICUBIC(2.0) {
            @Override
            double weight(double x) {
                double a = -0.5;
                double t = Math.abs(x);
                if (t < 1.0) {
                    return ((a + 2.0) * t - (a + 3.0)) * t * t + 1;
                }
                if (t < 2.0) {
                    return (((t - 5) * t + 8) * t - 4) * a;
                }
                return 0.0;
            }
        };

        private final double support;

        Filter(double support) {
            this.support = support;
        }

        abstract double weight(double x);

        private static double sinc(double x) {
            if (x == 0.0) {
                return 1.0;
            }
            double px = x * Math.PI;
            return Math.sin(px) / px;
        }
    }

    private Resampler() {
    }

    /**
     * Resizes an image to the size its full-resolution version would be resized to: the box is
     * given in the coordinates of {@link ImageProperties#fullSize(BufferedImage)} and mapped to
     * the actual pixels, so a shrunk-on-load input gives the same output size and samples the
     * same points. When no scaling is needed the box is copied (or the image returned as is).
     *
     * @param image the input; not modified
     * @param full  the size the input stands for
     * @param x0    the box's left edge, in full-size pixels
     * @param y0    the box's top edge
     * @param x1    the box's right edge
     * @param y1    the box's bottom edge
     * @param outW  the output width
     * @param outH  the output height
     * @return the resized image: {@code TYPE_INT_RGB}, or {@code TYPE_INT_ARGB} when the input
     *     has alpha; {@code image} itself when the box is the whole image at its size
     */
    static BufferedImage resize(BufferedImage image, Size full, double x0, double y0, double x1,
            double y1, int outW, int outH) {
        double sx = (double) image.getWidth() / full.width();
        double sy = (double) image.getHeight() / full.height();
        double bx0 = x0 * sx;
        double by0 = y0 * sy;
        double bx1 = x1 * sx;
        double by1 = y1 * sy;
        if (bx1 - bx0 == outW && by1 - by0 == outH && bx0 == Math.rint(bx0)
                && by0 == Math.rint(by0)) {
            if (outW == image.getWidth() && outH == image.getHeight()) {
                return image;
            }
            return Pixels.image(Pixels.read(image, (int) bx0, (int) by0, outW, outH), outW,
                    outH, Pixels.hasAlpha(image));
        }
        return resample(image, bx0, by0, bx1, by1, outW, outH, Filter.LANCZOS3, null);
    }

    /**
     * Resamples a box of an image to a size.
     *
     * @param src    the source; not modified
     * @param x0     the box's left edge, in source pixels (may be fractional)
     * @param y0     the box's top edge
     * @param x1     the box's right edge
     * @param y1     the box's bottom edge
     * @param outW   the output width
     * @param outH   the output height
     * @param filter the filter
     * @param props  the output's properties, or {@code null}
     * @return a {@code TYPE_INT_RGB} image, {@code TYPE_INT_ARGB} when the source has alpha
     */
    static BufferedImage resample(BufferedImage src, double x0, double y0, double x1, double y1,
            int outW, int outH, Filter filter, Hashtable<?, ?> props) {
        boolean alpha = Pixels.hasAlpha(src);
        Coefficients cx = new Coefficients(src.getWidth(), x0, x1, outW, filter);
        Coefficients cy = new Coefficients(src.getHeight(), y0, y1, outH, filter);
        int channels = alpha ? 4 : 3;
        int[][] rows = horizontal(Pixels.reader(src), cx, cy.first, cy.last, channels, alpha);
        int[] out = vertical(rows, cx.size, cy, channels);
        if (alpha) {
            unpremultiply(out);
        }
        return Pixels.image(out, outW, outH, alpha, props);
    }

    /**
     * Resamples a row of 8-bit values, as Pillow resizes a one-pixel-wide image.
     *
     * @param values  the values, 0 to 255
     * @param outSize the number of values wanted
     * @param filter  the filter
     * @return the resampled values
     */
    static int[] resample(int[] values, int outSize, Filter filter) {
        Coefficients c = new Coefficients(values.length, 0, values.length, outSize, filter);
        int[] out = new int[outSize];
        for (int i = 0; i < outSize; i++) {
            int ss = HALF;
            for (int t = 0; t < c.count[i]; t++) {
                ss += values[c.start[i] + t] * c.weights[i * c.kernelSize + t];
            }
            out[i] = clip8(ss);
        }
        return out;
    }

    /** Resamples every needed source row to the output width: 8-bit results per channel. */
    private static int[][] horizontal(Pixels.RowReader reader, Coefficients cx, int firstRow,
            int lastRow, int channels, boolean alpha) {
        int outW = cx.size;
        int rows = lastRow - firstRow;
        int span = cx.last - cx.first;
        int[] argb = new int[span];
        int[][] tmp = new int[channels][rows * outW];
        for (int r = 0; r < rows; r++) {
            reader.read(firstRow + r, cx.first, span, argb, 0);
            if (alpha) {
                premultiply(argb);
                convolve4(argb, cx, tmp, r * outW);
            } else {
                convolve3(argb, cx, tmp, r * outW);
            }
        }
        return tmp;
    }

    /** One row, three channels at once: the weights are loaded once for all three. */
    private static void convolve3(int[] in, Coefficients cx, int[][] out, int base) {
        int[] k = cx.weights;
        int ks = cx.kernelSize;
        int[] outR = out[0];
        int[] outG = out[1];
        int[] outB = out[2];
        for (int x = 0; x < cx.size; x++) {
            int start = cx.start[x] - cx.first;
            int n = cx.count[x];
            int ki = x * ks;
            int r = HALF;
            int g = HALF;
            int b = HALF;
            for (int t = 0; t < n; t++) {
                int p = in[start + t];
                int w = k[ki + t];
                r += (p >> 16 & 0xff) * w;
                g += (p >> 8 & 0xff) * w;
                b += (p & 0xff) * w;
            }
            outR[base + x] = clip8(r);
            outG[base + x] = clip8(g);
            outB[base + x] = clip8(b);
        }
    }

    /** One row of premultiplied ARGB, four channels at once. */
    private static void convolve4(int[] in, Coefficients cx, int[][] out, int base) {
        int[] k = cx.weights;
        int ks = cx.kernelSize;
        for (int x = 0; x < cx.size; x++) {
            int start = cx.start[x] - cx.first;
            int n = cx.count[x];
            int ki = x * ks;
            int r = HALF;
            int g = HALF;
            int b = HALF;
            int a = HALF;
            for (int t = 0; t < n; t++) {
                int p = in[start + t];
                int w = k[ki + t];
                r += (p >> 16 & 0xff) * w;
                g += (p >> 8 & 0xff) * w;
                b += (p & 0xff) * w;
                a += (p >>> 24) * w;
            }
            out[0][base + x] = clip8(r);
            out[1][base + x] = clip8(g);
            out[2][base + x] = clip8(b);
            out[3][base + x] = clip8(a);
        }
    }

    /** Resamples the intermediate rows to the output height and packs ARGB pixels. */
    private static int[] vertical(int[][] tmp, int outW, Coefficients cy, int channels) {
        int outH = cy.size;
        int[] out = new int[outW * outH];
        int[][] acc = new int[channels][outW];
        int[] k = cy.weights;
        for (int y = 0; y < outH; y++) {
            int start = cy.start[y] - cy.first;
            int n = cy.count[y];
            int ki = y * cy.kernelSize;
            for (int c = 0; c < channels; c++) {
                int[] a = acc[c];
                int[] t = tmp[c];
                java.util.Arrays.fill(a, HALF);
                for (int i = 0; i < n; i++) {
                    int w = k[ki + i];
                    int row = (start + i) * outW;
                    for (int x = 0; x < outW; x++) {
                        a[x] += t[row + x] * w;
                    }
                }
            }
            pack(acc, out, y * outW, outW, channels);
        }
        return out;
    }

    private static void pack(int[][] acc, int[] out, int base, int outW, int channels) {
        int[] r = acc[0];
        int[] g = acc[1];
        int[] b = acc[2];
        for (int x = 0; x < outW; x++) {
            int a = channels == 4 ? clip8(acc[3][x]) : 0xff;
            out[base + x] = a << 24 | clip8(r[x]) << 16 | clip8(g[x]) << 8 | clip8(b[x]);
        }
    }

    /** Premultiplies ARGB pixels in place, as Pillow's RGBA to RGBa conversion. */
    private static void premultiply(int[] argb) {
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int al = p >>> 24;
            if (al != 255) {
                argb[i] = al << 24 | mulDiv255(p >> 16 & 0xff, al) << 16
                        | mulDiv255(p >> 8 & 0xff, al) << 8 | mulDiv255(p & 0xff, al);
            }
        }
    }

    /** Pillow's RGBa to RGBA: integer division, nothing to do at alpha 0 or 255. */
    private static void unpremultiply(int[] argb) {
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int a = p >>> 24;
            if (a != 0 && a != 255) {
                int r = Math.min(255, 255 * (p >> 16 & 0xff) / a);
                int g = Math.min(255, 255 * (p >> 8 & 0xff) / a);
                int b = Math.min(255, 255 * (p & 0xff) / a);
                argb[i] = a << 24 | r << 16 | g << 8 | b;
            }
        }
    }

    /**
     * Multiplies two 8-bit values and divides by 255, rounded: Pillow's {@code MULDIV255}.
     *
     * @param a a value from 0 to 255
     * @param b a value from 0 to 255
     * @return {@code round(a * b / 255)}
     */
    static int mulDiv255(int a, int b) {
        int t = a * b + 128;
        return ((t >> 8) + t) >> 8;
    }

    private static int clip8(int v) {
        if (v >= 1 << PRECISION_BITS << 8) {
            return 255;
        }
        return v <= 0 ? 0 : v >> PRECISION_BITS;
    }

    /** Per output pixel: the first source pixel, how many, and their fixed-point weights. */
    static final class Coefficients {
        final int size;
        final int kernelSize;
        final int[] start;
        final int[] count;
        final int[] weights;
        /** The first source pixel any output pixel uses. */
        final int first;
        /** One past the last source pixel any output pixel uses. */
        final int last;

        Coefficients(int inSize, double in0, double in1, int outSize, Filter filter) {
            double scale = (in1 - in0) / outSize;
            double filterScale = Math.max(scale, 1.0);
            double support = filter.support * filterScale;
            this.size = outSize;
            this.kernelSize = (int) Math.ceil(support) * 2 + 1;
            this.start = new int[outSize];
            this.count = new int[outSize];
            this.weights = new int[outSize * kernelSize];
            double ss = 1.0 / filterScale;
            double[] w = new double[kernelSize];
            int lo = inSize;
            int hi = 0;
            for (int xx = 0; xx < outSize; xx++) {
                double center = in0 + (xx + 0.5) * scale;
                int xmin = Math.max((int) (center - support + 0.5), 0);
                int n = Math.min((int) (center + support + 0.5), inSize) - xmin;
                double total = 0;
                for (int x = 0; x < n; x++) {
                    w[x] = filter.weight((x + xmin - center + 0.5) * ss);
                    total += w[x];
                }
                for (int x = 0; x < n; x++) {
                    double v = total != 0.0 ? w[x] / total : w[x];
                    weights[xx * kernelSize + x] = (int) (v < 0 ? v * (1 << PRECISION_BITS) - 0.5
                            : v * (1 << PRECISION_BITS) + 0.5);
                }
                start[xx] = xmin;
                count[xx] = Math.max(n, 0);
                lo = Math.min(lo, xmin);
                hi = Math.max(hi, xmin + n);
            }
            this.first = Math.min(lo, hi);
            this.last = hi;
        }
    }
}
