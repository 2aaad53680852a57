package io.github.jimagekit.codec.jpeg;

/**
 * The inverse DCT of one 8x8 block straight to a reduced size: each output sample is the
 * average of the 8/width x 8/height full-size samples it covers (a box filter), computed from
 * the coefficients alone, as libjpeg's reduced IDCTs do. Sizes are 1, 2, 4 or 8 per axis; at
 * 1x1 only the DC coefficient matters, and coefficients whose basis averages to zero at the
 * chosen size (row or column 4 at size 4, even ones at size 2) are skipped.
 *
 * <p>Fixed point as in libjpeg's {@code jidctint.c}: 13-bit constants, two extra bits between
 * the passes. Each instance keeps a work area: one per decoding thread.
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

    /** Output samples per block row. */
    final int width;
    /** Output sample rows per block. */
    final int height;
    private final int[] basisU;
    private final int[] basisV;
    private final int usefulU;
    private final int usefulV;
    private final int[] relevant;
    private final int[] work = new int[64];
    private final int[] columns = new int[8];

    /**
     * Prepares the transform for one output size.
     *
     * @param width  output samples per row: 1, 2, 4 or 8
     * @param height output rows: 1, 2, 4 or 8
     */
    ScaledIdct(int width, int height) {
        this.width = width;
        this.height = height;
        this.basisU = basis(width);
        this.basisV = basis(height);
        this.usefulU = usefulMask(basisU, width);
        this.usefulV = usefulMask(basisV, height);
        int n = 0;
        int[] list = new int[63];
        for (int z = 1; z < 64; z++) {
            if (useful(z)) {
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
     * @param coef    the quantised coefficients in natural order; only index 0 and the
     *     indices listed in {@code nonzero} are read
     * @param nonzero natural indices of the AC coefficients that may be non-zero
     * @param count   how many entries of {@code nonzero} are used
     * @param quant   the quantisation table in natural order
     * @param out     the output samples
     * @param offset  where the block's top-left sample goes
     * @param stride  samples per output row
     */
    void transform(int[] coef, int[] nonzero, int count, int[] quant, byte[] out, int offset,
            int stride) {
        int dc = coef[0] * quant[0];
        int[] ws = work;
        int h = height;
        for (int i = 0; i < h; i++) {
            ws[i << 3] = dc * basisV[i];
        }
        int mask = 1;
        boolean ac = false;
        for (int t = 0; t < count; t++) {
            int z = nonzero[t];
            int v = z >>> 3;
            int u = z & 7;
            int c = coef[z];
            if (c == 0 || ((usefulV >>> v) & (usefulU >>> u) & 1) == 0) {
                continue;
            }
            ac = true;
            c *= quant[z];
            int b = v * h;
            if ((mask & (1 << u)) == 0) {
                mask |= 1 << u;
                for (int i = 0; i < h; i++) {
                    ws[(i << 3) + u] = c * basisV[b + i];
                }
            } else {
                for (int i = 0; i < h; i++) {
                    ws[(i << 3) + u] += c * basisV[b + i];
                }
            }
        }
        if (!ac) {
            fill(clamp(((dc + 4) >> 3) + 128), out, offset, stride);
            return;
        }
        rows(mask, out, offset, stride);
    }

    private void rows(int mask, byte[] out, int offset, int stride) {
        int[] ws = work;
        int n = 0;
        for (int u = 0; u < 8; u++) {
            if ((mask & (1 << u)) != 0) {
                columns[n++] = u;
                for (int i = 0; i < height; i++) {
                    int k = (i << 3) + u;
                    ws[k] = (ws[k] + (1 << (PASS1_SHIFT - 1))) >> PASS1_SHIFT;
                }
            }
        }
        int w = width;
        for (int i = 0; i < height; i++) {
            int row = i << 3;
            int o = offset + i * stride;
            for (int j = 0; j < w; j++) {
                int sum = 1 << (PASS2_SHIFT - 1);
                for (int c = 0; c < n; c++) {
                    int u = columns[c];
                    sum += ws[row + u] * basisU[u * w + j];
                }
                out[o + j] = (byte) clamp((sum >> PASS2_SHIFT) + 128);
            }
        }
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

    static int clamp(int v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }

    private boolean useful(int z) {
        return ((usefulV >>> (z >>> 3)) & (usefulU >>> (z & 7)) & 1) != 0;
    }

    /** The 1-D basis averaged over each output sample: {@code [u * n + i]}, scaled by 2^13. */
    private static int[] basis(int n) {
        int k = 8 / n;
        int[] b = new int[8 * n];
        for (int u = 0; u < 8; u++) {
            double cu = u == 0 ? Math.sqrt(0.5) : 1;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int x = i * k; x < i * k + k; x++) {
                    s += Math.cos((2 * x + 1) * u * Math.PI / 16);
                }
                b[u * n + i] = (int) Math.round(s / k * 0.5 * cu * (1 << CONST_BITS));
            }
        }
        return b;
    }

    private static int usefulMask(int[] basis, int n) {
        int mask = 0;
        for (int u = 0; u < 8; u++) {
            for (int i = 0; i < n; i++) {
                if (basis[u * n + i] != 0) {
                    mask |= 1 << u;
                }
            }
        }
        return mask;
    }
}
