package io.github.jimagekit.codec.jpeg;

import java.util.List;

/**
 * The quantised DCT coefficients of a progressive frame, collected scan by scan and
 * transformed once the last scan is read. At 1/8 scale only each block's DC coefficient is
 * kept, so the buffer is as small as the output.
 */
final class CoefficientBuffer {

    /** Whether only DC coefficients are kept. */
    final boolean dcOnly;
    /** Per component: blocks in row-major order, 1 or 64 coefficients each (natural order). */
    final short[][] coefficients;
    /** Per component: the quantisation table in use when its first scan started. */
    final int[][] quantTables;

    /**
     * Allocates the buffer.
     *
     * @param components the frame's components
     * @param dcOnly     whether to keep only DC coefficients
     */
    CoefficientBuffer(List<FrameComponent> components, boolean dcOnly) {
        this.dcOnly = dcOnly;
        this.coefficients = new short[components.size()][];
        this.quantTables = new int[components.size()][];
        for (FrameComponent c : components) {
            coefficients[c.index] = new short[Math.toIntExact(c.blockCount()
                    * (dcOnly ? 1 : 64))];
        }
    }

    /**
     * Returns how many bytes the buffer of a frame takes, without allocating it.
     *
     * @param components the frame's components
     * @param dcOnly     whether only DC coefficients are kept
     * @return the size in bytes
     */
    static long bytes(List<FrameComponent> components, boolean dcOnly) {
        long blocks = 0;
        for (FrameComponent c : components) {
            blocks += c.blockCount();
        }
        return blocks * (dcOnly ? 2 : 128);
    }

    /**
     * Transforms every block into the component planes.
     *
     * @param components the frame's components
     * @param planes     the planes, by component index
     * @param idcts      the transforms, by component index (unused when DC only)
     */
    void transform(List<FrameComponent> components, ComponentPlane[] planes,
            ScaledIdct[] idcts) {
        int[] block = new int[64];
        int[] nonzero = new int[64];
        for (FrameComponent c : components) {
            short[] coef = coefficients[c.index];
            int[] quant = quantTables[c.index] == null ? new int[64] : quantTables[c.index];
            ComponentPlane p = planes[c.index];
            ScaledIdct idct = idcts[c.index];
            int[] relevant = dcOnly ? new int[0] : idct.relevantCoefficients();
            int step = dcOnly ? 1 : 64;
            for (int by = 0; by < c.blocksPerColumn; by++) {
                for (int bx = 0; bx < c.blocksPerLine; bx++) {
                    int base = (by * c.blocksPerLine + bx) * step;
                    int offset = p.offset(bx, by);
                    if (dcOnly) {
                        p.samples[offset] = (byte) ScaledIdct.dcSample(coef[base], quant[0]);
                        continue;
                    }
                    block[0] = coef[base];
                    int n = 0;
                    for (int z : relevant) {
                        int value = coef[base + z];
                        if (value != 0) {
                            block[z] = value;
                            nonzero[n++] = z;
                        }
                    }
                    idct.transform(block, nonzero, n, quant, p.samples, offset, p.stride);
                }
            }
        }
    }
}
