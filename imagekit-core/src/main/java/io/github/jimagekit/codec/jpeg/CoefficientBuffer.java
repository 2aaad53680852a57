package io.github.jimagekit.codec.jpeg;

import java.util.List;

/**
 * The quantised DCT coefficients of a progressive frame, collected scan by scan and
 * transformed once the last scan is read.
 *
 * <p>Only the coefficients that the scaled inverse DCT of each component uses are kept (1 of 64
 * at 1x1, 25 at 2x2, 49 at 4x4), plus one 64-bit mask per block of which coefficients are
 * non-zero, which AC refinement scans need for the coefficients that are not kept. A component
 * transformed to 1x1 keeps its DC coefficients only, and its AC scans are skipped unread.
 */
final class CoefficientBuffer {

    /** The zig-zag index of each natural index; never modified. */
    private static final int[] ZIGZAG_INDEX = new int[64];

    static {
        for (int k = 0; k < 64; k++) {
            ZIGZAG_INDEX[ScaledIdct.ZIGZAG[k]] = k;
        }
    }

    /** Per component: the kept coefficients, {@code slots[c]} per block, blocks row-major. */
    final short[][] values;
    /** Per component: per block, bit k set when the k-th coefficient in zig-zag order is
     * non-zero. */
    final long[][] nonzero;
    /** Per component: how many coefficients each block keeps. */
    final int[] slots;
    /** Per component: the slot of each coefficient by zig-zag index, -1 when not kept. */
    final int[][] slotOf;
    /** Per component: the quantisation table in use when its first scan started. */
    final int[][] quantTables;

    /**
     * Allocates the buffer.
     *
     * @param components the frame's components
     * @param idcts      their scaled transforms, by component index
     */
    CoefficientBuffer(List<FrameComponent> components, ScaledIdct[] idcts) {
        int n = components.size();
        values = new short[n][];
        nonzero = new long[n][];
        slots = new int[n];
        slotOf = new int[n][];
        quantTables = new int[n][];
        for (FrameComponent c : components) {
            int[] map = new int[64];
            java.util.Arrays.fill(map, -1);
            map[0] = 0;
            int[] relevant = idcts[c.index].relevantCoefficients();
            for (int i = 0; i < relevant.length; i++) {
                map[ZIGZAG_INDEX[relevant[i]]] = i + 1;
            }
            int blocks = Math.toIntExact(c.blockCount());
            slots[c.index] = relevant.length + 1;
            slotOf[c.index] = map;
            values[c.index] = new short[Math.multiplyExact(blocks, relevant.length + 1)];
            nonzero[c.index] = relevant.length == 0 ? null : new long[blocks];
        }
    }

    /**
     * Returns how many bytes the buffer of a frame takes, without allocating it.
     *
     * @param components the frame's components
     * @param idcts      their scaled transforms, by component index
     * @return the size in bytes
     */
    static long bytes(List<FrameComponent> components, ScaledIdct[] idcts) {
        long total = 0;
        for (FrameComponent c : components) {
            int kept = idcts[c.index].relevantCoefficients().length;
            total += c.blockCount() * (2L * (kept + 1) + (kept == 0 ? 0 : 8));
        }
        return total;
    }

    /**
     * Tells whether a component's AC coefficients are needed at all.
     *
     * @param c the component
     * @return false when it is transformed from DC alone, so its AC scans can be skipped
     */
    boolean needsAc(FrameComponent c) {
        return nonzero[c.index] != null;
    }

    /**
     * Transforms every block into the component planes.
     *
     * @param components the frame's components
     * @param planes     the planes, by component index
     * @param idcts      the transforms, by component index
     */
    void transform(List<FrameComponent> components, ComponentPlane[] planes,
            ScaledIdct[] idcts) {
        int[] block = new int[64];
        int[] list = new int[64];
        for (FrameComponent c : components) {
            short[] coef = values[c.index];
            int[] quant = quantTables[c.index] == null ? new int[64] : quantTables[c.index];
            ComponentPlane p = planes[c.index];
            ScaledIdct idct = idcts[c.index];
            int[] relevant = idct.relevantCoefficients();
            int step = slots[c.index];
            for (int by = 0; by < c.blocksPerColumn; by++) {
                for (int bx = 0; bx < c.blocksPerLine; bx++) {
                    int base = (by * c.blocksPerLine + bx) * step;
                    int offset = p.offset(bx, by);
                    if (step == 1) {
                        p.samples[offset] = (byte) ScaledIdct.dcSample(coef[base], quant[0]);
                        continue;
                    }
                    block[0] = coef[base];
                    int n = 0;
                    for (int i = 0; i < relevant.length; i++) {
                        int value = coef[base + i + 1];
                        if (value != 0) {
                            block[relevant[i]] = value;
                            list[n++] = relevant[i];
                        }
                    }
                    idct.transform(block, list, n, quant, p.samples, offset, p.stride);
                    for (int t = 0; t < n; t++) {
                        block[list[t]] = 0;
                    }
                }
            }
        }
    }
}
