package io.github.jimagekit.codec.jpeg;

/**
 * The inverse DCT of one 8x8 block straight to a reduced size: each output sample is the
 * average of the 8/width x 8/height full-size samples it covers (a box filter), computed from
 * the coefficients alone, as libjpeg's reduced IDCTs do. Sizes are 1, 2, 4 or 8 per axis; at
 * 1x1 only the DC coefficient matters, and coefficients whose basis averages to zero at the
 * chosen size (row or column 4 at size 4, even ones at size 2) are skipped.
 *
 * <p>Separable, column pass then row pass. The averaged basis is symmetric, so outputs
 * {@code i} and {@code n-1-i} share an even and an odd sum. Fixed point as in libjpeg's
 * {@code jidctint.c}: 13-bit constants, two extra bits between the passes; columns whose AC
 * coefficients are all zero are shortcut. Each instance keeps a work area: one per decoding
 * thread.
 */
final class ScaledIdct {

    /** Natural (row-major) index of the k-th coefficient in zig-zag order; never modified. */
    static final int[] ZIGZAG = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    };

    private static final int CONST_BITS = 13;
    private static final int PASS1_SHIFT = CONST_BITS - 2;
    private static final int PASS2_SHIFT = CONST_BITS + 2;
    private static final int PASS1_ROUND = 1 << (PASS1_SHIFT - 1);
    /** Rounding of the second pass plus the +128 level shift. */
    private static final int PASS2_BIAS = (1 << (PASS2_SHIFT - 1)) + (128 << PASS2_SHIFT);

    /** Output samples per block row. */
    final int width;
    /** Output sample rows per block. */
    final int height;
    /** Row-pass basis {@code [u * 8 + i]} for outputs i below width/2, scaled by 2^13. */
    private final int[] bu;
    /** Column-pass basis {@code [v * 8 + i]}. */
    private final int[] bv;
    private final int usefulU;
    private final int usefulV;
    private final int[] relevant;
    private final int[] ws = new int[64];

    /**
     * Prepares the transform for one output size.
     *
     * @param width  output samples per row: 1, 2, 4 or 8
     * @param height output rows: 1, 2, 4 or 8
     */
    ScaledIdct(int width, int height) {
        this.width = width;
        this.height = height;
        this.bu = basis(width);
        this.bv = basis(height);
        this.usefulU = usefulMask(bu);
        this.usefulV = usefulMask(bv);
        int n = 0;
        int[] list = new int[63];
        for (int z = 1; z < 64; z++) {
            if (((usefulV >>> (z >>> 3)) & (usefulU >>> (z & 7)) & 1) != 0) {
                list[n++] = z;
            }
        }
        this.relevant = java.util.Arrays.copyOf(list, n);
    }

    /**
     * Returns the AC coefficients, by natural index, that change this transform's output.
     *
     * @return natural indices from 1 to 63, ascending; do not modify
     */
    int[] relevantCoefficients() {
        return relevant;
    }

    /**
     * Transforms one block.
     *
     * @param coef    the quantised coefficients in natural order; every AC coefficient not
     *     listed in {@code nonzero} must be zero
     * @param nonzero natural indices of the AC coefficients that may be non-zero
     * @param count   how many entries of {@code nonzero} are used
     * @param quant   the quantisation table in natural order
     * @param out     the output samples
     * @param offset  where the block's top-left sample goes
     * @param stride  samples per output row
     */
    void transform(int[] coef, int[] nonzero, int count, int[] quant, byte[] out, int offset,
            int stride) {
        int acColumns = 0;
        int topRow = 1;
        for (int t = 0; t < count; t++) {
            int z = nonzero[t];
            int u = z & 7;
            if (((usefulV >>> (z >>> 3)) & (usefulU >>> u) & 1) != 0 && coef[z] != 0) {
                if (z < 8) {
                    topRow |= 1 << u;
                } else {
                    acColumns |= 1 << u;
                }
            }
        }
        if (acColumns == 0 && topRow == 1) {
            fill(dcSample(coef[0], quant[0]), out, offset, stride);
            return;
        }
        for (int u = 0; u < 8; u++) {
            if ((usefulU & (1 << u)) == 0) {
                continue;
            }
            if ((acColumns & (1 << u)) != 0) {
                column(coef, quant, u);
            } else {
                int v = (coef[u] * quant[u] * bv[0] + PASS1_ROUND) >> PASS1_SHIFT;
                for (int i = 0; i < height; i++) {
                    ws[i * 8 + u] = v;
                }
            }
        }
        for (int i = 0; i < height; i++) {
            row(i * 8, out, offset + i * stride);
        }
    }

    private void column(int[] c, int[] q, int u) {
        int x0 = c[u] * q[u];
        int x1 = c[8 + u] * q[8 + u];
        int x3 = c[24 + u] * q[24 + u];
        int x5 = c[40 + u] * q[40 + u];
        int x7 = c[56 + u] * q[56 + u];
        int[] b = bv;
        if (height == 1) {
            ws[u] = descale1(x0 * b[0]);
            return;
        }
        if (height == 2) {
            int e = x0 * b[0];
            int o = x1 * b[8] + x3 * b[24] + x5 * b[40] + x7 * b[56];
            ws[u] = descale1(e + o);
            ws[8 + u] = descale1(e - o);
            return;
        }
        int x2 = c[16 + u] * q[16 + u];
        int x6 = c[48 + u] * q[48 + u];
        if (height == 4) {
            int e0 = x0 * b[0] + x2 * b[16] + x6 * b[48];
            int e1 = x0 * b[1] + x2 * b[17] + x6 * b[49];
            int o0 = x1 * b[8] + x3 * b[24] + x5 * b[40] + x7 * b[56];
            int o1 = x1 * b[9] + x3 * b[25] + x5 * b[41] + x7 * b[57];
            ws[u] = descale1(e0 + o0);
            ws[8 + u] = descale1(e1 + o1);
            ws[16 + u] = descale1(e1 - o1);
            ws[24 + u] = descale1(e0 - o0);
            return;
        }
        int x4 = c[32 + u] * q[32 + u];
        for (int i = 0; i < 4; i++) {
            int e = x0 * b[i] + x2 * b[16 + i] + x4 * b[32 + i] + x6 * b[48 + i];
            int o = x1 * b[8 + i] + x3 * b[24 + i] + x5 * b[40 + i] + x7 * b[56 + i];
            ws[i * 8 + u] = descale1(e + o);
            ws[(7 - i) * 8 + u] = descale1(e - o);
        }
    }

    private void row(int r, byte[] out, int o) {
        int[] w = ws;
        int[] b = bu;
        if (width == 1) {
            out[o] = sample(w[r] * b[0]);
        } else if (width == 2) {
            int e = w[r] * b[0];
            int odd = w[r + 1] * b[8] + w[r + 3] * b[24] + w[r + 5] * b[40] + w[r + 7] * b[56];
            out[o] = sample(e + odd);
            out[o + 1] = sample(e - odd);
        } else if (width == 4) {
            int e0 = w[r] * b[0] + w[r + 2] * b[16] + w[r + 6] * b[48];
            int e1 = w[r] * b[1] + w[r + 2] * b[17] + w[r + 6] * b[49];
            int o0 = w[r + 1] * b[8] + w[r + 3] * b[24] + w[r + 5] * b[40] + w[r + 7] * b[56];
            int o1 = w[r + 1] * b[9] + w[r + 3] * b[25] + w[r + 5] * b[41] + w[r + 7] * b[57];
            out[o] = sample(e0 + o0);
            out[o + 1] = sample(e1 + o1);
            out[o + 2] = sample(e1 - o1);
            out[o + 3] = sample(e0 - o0);
        } else {
            for (int i = 0; i < 4; i++) {
                int e = w[r] * b[i] + w[r + 2] * b[16 + i] + w[r + 4] * b[32 + i]
                        + w[r + 6] * b[48 + i];
                int odd = w[r + 1] * b[8 + i] + w[r + 3] * b[24 + i] + w[r + 5] * b[40 + i]
                        + w[r + 7] * b[56 + i];
                out[o + i] = sample(e + odd);
                out[o + 7 - i] = sample(e - odd);
            }
        }
    }

    private static int descale1(int v) {
        return (v + PASS1_ROUND) >> PASS1_SHIFT;
    }

    private static byte sample(int v) {
        return (byte) clamp((v + PASS2_BIAS) >> PASS2_SHIFT);
    }

    private void fill(int value, byte[] out, int offset, int stride) {
        byte b = (byte) value;
        for (int i = 0; i < height; i++) {
            int o = offset + i * stride;
            for (int j = 0; j < width; j++) {
                out[o + j] = b;
            }
        }
    }

    /**
     * Computes the sample of a block whose only coefficient is DC, as libjpeg does.
     *
     * @param dc    the quantised DC coefficient
     * @param quant the DC quantisation step
     * @return the sample, 0 to 255
     */
    static int dcSample(int dc, int quant) {
        return clamp(((dc * quant + 4) >> 3) + 128);
    }

    /**
     * Limits a sample to the 8-bit range.
     *
     * @param v the value
     * @return {@code v} clamped to 0..255
     */
    static int clamp(int v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }

    /**
     * The 1-D basis averaged over each output sample, {@code [u * 8 + i]} for the first half
     * of the outputs (the second half mirrors it, negated for odd u), scaled by 2^13.
     */
    private static int[] basis(int n) {
        int k = 8 / n;
        int[] b = new int[64];
        for (int u = 0; u < 8; u++) {
            double cu = u == 0 ? Math.sqrt(0.5) : 1;
            for (int i = 0; i < Math.max(n / 2, 1); i++) {
                double s = 0;
                for (int x = i * k; x < i * k + k; x++) {
                    s += Math.cos((2 * x + 1) * u * Math.PI / 16);
                }
                b[u * 8 + i] = (int) Math.round(s / k * 0.5 * cu * (1 << CONST_BITS));
            }
        }
        return b;
    }

    private static int usefulMask(int[] basis) {
        int mask = 0;
        for (int u = 0; u < 8; u++) {
            for (int i = 0; i < 8; i++) {
                if (basis[u * 8 + i] != 0) {
                    mask |= 1 << u;
                }
            }
        }
        return mask;
    }
}
