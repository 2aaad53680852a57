package io.github.jimagekit.codec.jpeg;

/**
 * Produces a component's samples for one output row, upsampled to the output resolution:
 * libjpeg's "fancy" triangle filters for 2x horizontally, vertically or both (same rounding as
 * {@code jdsample.c}, edges replicated), plain replication for other factors.
 */
final class RowUpsampler {

    private static final int COPY = 0;
    private static final int H2V1 = 1;
    private static final int H1V2 = 2;
    private static final int H2V2 = 3;
    private static final int REPLICATE = 4;

    private final ComponentPlane plane;
    private final int mode;
    private final int[] columnSums;

    /**
     * Prepares upsampling of a plane.
     *
     * @param plane the component's samples
     * @param fancy whether 2x factors use the triangle filter rather than replication
     */
    RowUpsampler(ComponentPlane plane, boolean fancy) {
        this.plane = plane;
        int fx = plane.factorX;
        int fy = plane.factorY;
        boolean wide = plane.width > 2;
        if (fx == 1 && fy == 1) {
            mode = COPY;
        } else if (fancy && fx == 2 && fy == 1 && wide) {
            mode = H2V1;
        } else if (fancy && fx == 1 && fy == 2) {
            mode = H1V2;
        } else if (fancy && fx == 2 && fy == 2 && wide) {
            mode = H2V2;
        } else {
            mode = REPLICATE;
        }
        this.columnSums = new int[mode == H2V2 ? plane.width : 0];
    }

    /**
     * Returns how many samples {@link #row} writes.
     *
     * @return the upsampled row length, at least the output width
     */
    int rowLength() {
        return plane.width * plane.factorX;
    }

    /**
     * Writes the samples of one output row.
     *
     * @param y   the output row
     * @param out receives {@link #rowLength()} samples, 0 to 255
     */
    void row(int y, int[] out) {
        switch (mode) {
            case COPY:
                copy(y, out);
                break;
            case H2V1:
                h2v1(y, out);
                break;
            case H1V2:
                h1v2(y, out);
                break;
            case H2V2:
                h2v2(y, out);
                break;
            default:
                replicate(y, out);
                break;
        }
    }

    private void copy(int y, int[] out) {
        byte[] s = plane.samples;
        int base = y * plane.stride;
        for (int x = 0; x < plane.width; x++) {
            out[x] = s[base + x] & 0xFF;
        }
    }

    private void h2v1(int y, int[] out) {
        byte[] s = plane.samples;
        int base = y * plane.stride;
        int w = plane.width;
        int left = s[base] & 0xFF;
        int cur = left;
        for (int x = 0; x < w; x++) {
            int right = x + 1 < w ? s[base + x + 1] & 0xFF : cur;
            int c3 = cur * 3;
            out[2 * x] = x == 0 ? cur : (c3 + left + 1) >> 2;
            out[2 * x + 1] = x == w - 1 ? cur : (c3 + right + 2) >> 2;
            left = cur;
            cur = right;
        }
    }

    private void h1v2(int y, int[] out) {
        byte[] s = plane.samples;
        int near = (y >> 1) * plane.stride;
        int far = neighbourRow(y) * plane.stride;
        int bias = (y & 1) == 0 ? 1 : 2;
        for (int x = 0; x < plane.width; x++) {
            out[x] = ((s[near + x] & 0xFF) * 3 + (s[far + x] & 0xFF) + bias) >> 2;
        }
    }

    private void h2v2(int y, int[] out) {
        byte[] s = plane.samples;
        int near = (y >> 1) * plane.stride;
        int far = neighbourRow(y) * plane.stride;
        int w = plane.width;
        int[] sums = columnSums;
        for (int x = 0; x < w; x++) {
            sums[x] = (s[near + x] & 0xFF) * 3 + (s[far + x] & 0xFF);
        }
        out[0] = (sums[0] * 4 + 8) >> 4;
        out[1] = (sums[0] * 3 + sums[1] + 7) >> 4;
        for (int x = 1; x < w - 1; x++) {
            int c3 = sums[x] * 3;
            out[2 * x] = (c3 + sums[x - 1] + 8) >> 4;
            out[2 * x + 1] = (c3 + sums[x + 1] + 7) >> 4;
        }
        out[2 * w - 2] = (sums[w - 1] * 3 + sums[w - 2] + 8) >> 4;
        out[2 * w - 1] = (sums[w - 1] * 4 + 7) >> 4;
    }

    private void replicate(int y, int[] out) {
        byte[] s = plane.samples;
        int base = (y / plane.factorY) * plane.stride;
        int fx = plane.factorX;
        int n = rowLength();
        for (int x = 0; x < n; x++) {
            out[x] = s[base + x / fx] & 0xFF;
        }
    }

    /** The input row that the triangle filter blends in: above for even rows, else below. */
    private int neighbourRow(int y) {
        int near = y >> 1;
        return (y & 1) == 0 ? Math.max(near - 1, 0) : Math.min(near + 1, plane.height - 1);
    }
}
