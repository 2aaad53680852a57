package io.github.jimagekit.codec.jpeg;

/**
 * One colour component of a frame, as its SOF segment declares it, with the size of its block
 * grid.
 */
final class FrameComponent {

    /** The component identifier that scans refer to. */
    final int id;
    /** The component's position in the frame, from 0. */
    final int index;
    /** The horizontal sampling factor, 1 to 4. */
    final int h;
    /** The vertical sampling factor, 1 to 4. */
    final int v;
    /** The quantisation table selector, 0 to 3. */
    final int quantTable;
    /** Blocks per row, padded to whole MCUs: what an interleaved scan covers. */
    final int blocksPerLine;
    /** Block rows, padded to whole MCUs. */
    final int blocksPerColumn;
    /** Blocks per row that a scan of this component alone covers. */
    final int scanBlocksPerLine;
    /** Block rows that a scan of this component alone covers. */
    final int scanBlocksPerColumn;

    /**
     * Describes a component.
     *
     * @param id         the identifier
     * @param index      the position in the frame
     * @param h          the horizontal sampling factor
     * @param v          the vertical sampling factor
     * @param quantTable the quantisation table selector
     * @param frameWidth the image width in pixels
     * @param frameHeight the image height in pixels
     * @param maxH       the largest horizontal sampling factor of the frame
     * @param maxV       the largest vertical sampling factor of the frame
     */
    FrameComponent(int id, int index, int h, int v, int quantTable, int frameWidth,
            int frameHeight, int maxH, int maxV) {
        this.id = id;
        this.index = index;
        this.h = h;
        this.v = v;
        this.quantTable = quantTable;
        int mcusPerLine = ceilDiv(frameWidth, 8 * maxH);
        int mcusPerColumn = ceilDiv(frameHeight, 8 * maxV);
        this.blocksPerLine = mcusPerLine * h;
        this.blocksPerColumn = mcusPerColumn * v;
        this.scanBlocksPerLine = ceilDiv(ceilDiv(frameWidth * h, maxH), 8);
        this.scanBlocksPerColumn = ceilDiv(ceilDiv(frameHeight * v, maxV), 8);
    }

    /**
     * Returns the number of blocks of the padded grid.
     *
     * @return {@code blocksPerLine * blocksPerColumn}, as a long
     */
    long blockCount() {
        return (long) blocksPerLine * blocksPerColumn;
    }

    /**
     * Divides, rounding up.
     *
     * @param a the dividend, at least 0
     * @param b the divisor, at least 1
     * @return {@code ceil(a / b)}
     */
    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
