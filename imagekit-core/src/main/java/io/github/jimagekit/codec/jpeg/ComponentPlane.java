package io.github.jimagekit.codec.jpeg;

/**
 * The decoded samples of one component at the chosen scale, and how much they still need to be
 * upsampled to the output size.
 *
 * <p>At scale {@code n/8} every block of a full-resolution component gives n x n samples.
 * A subsampled component's blocks cover more pixels, so they are inverse-transformed to a
 * larger size (up to 8x8) instead of being upsampled afterwards, which is both cheaper and a
 * better box filter: only what the 8x8 limit leaves (full-size decodes, and 4:1:1 chroma at
 * 1/2 scale) is upsampled.
 */
final class ComponentPlane {

    /** The samples, row-major. */
    final byte[] samples;
    /** Samples per row of {@link #samples}, a whole number of blocks. */
    final int stride;
    /** Samples per block row. */
    final int blockWidth;
    /** Sample rows per block. */
    final int blockHeight;
    /** Samples per row that hold image data (libjpeg's downsampled width at this scale). */
    final int width;
    /** Rows that hold image data. */
    final int height;
    /** How many output pixels one sample covers horizontally: 1, 2 or 4. */
    final int factorX;
    /** How many output pixels one sample covers vertically: 1, 2 or 4. */
    final int factorY;

    private ComponentPlane(FrameComponent c, Frame frame, int blockWidth, int blockHeight,
            int scale) {
        this.blockWidth = blockWidth;
        this.blockHeight = blockHeight;
        this.stride = c.blocksPerLine * blockWidth;
        this.samples = new byte[Math.multiplyExact(stride, c.blocksPerColumn * blockHeight)];
        this.width = (int) ceilDiv((long) frame.width * c.h * blockWidth, frame.maxH * 8L);
        this.height = (int) ceilDiv((long) frame.height * c.v * blockHeight, frame.maxV * 8L);
        this.factorX = scale * (frame.maxH / c.h) / blockWidth;
        this.factorY = scale * (frame.maxV / c.v) / blockHeight;
    }

    /**
     * Allocates the plane of a component.
     *
     * @param c     the component
     * @param frame its frame
     * @param scale output samples per 8 pixels: 1, 2, 4 or 8
     * @return the plane, all zero
     */
    static ComponentPlane of(FrameComponent c, Frame frame, int scale) {
        return new ComponentPlane(c, frame, blockWidth(c, frame, scale),
                blockHeight(c, frame, scale), scale);
    }

    /**
     * Returns how many samples per row a component's block gives at a scale.
     *
     * @param c     the component
     * @param frame its frame
     * @param scale output samples per 8 pixels
     * @return 1, 2, 4 or 8
     */
    static int blockWidth(FrameComponent c, Frame frame, int scale) {
        return Math.min(scale * (frame.maxH / c.h), 8);
    }

    /**
     * Returns how many sample rows a component's block gives at a scale.
     *
     * @param c     the component
     * @param frame its frame
     * @param scale output samples per 8 pixels
     * @return 1, 2, 4 or 8
     */
    static int blockHeight(FrameComponent c, Frame frame, int scale) {
        return Math.min(scale * (frame.maxV / c.v), 8);
    }

    /**
     * Returns how many bytes the plane of a component takes, without allocating it.
     *
     * @param c     the component
     * @param frame its frame
     * @param scale output samples per 8 pixels
     * @return the size in bytes
     */
    static long bytes(FrameComponent c, Frame frame, int scale) {
        return c.blockCount() * blockWidth(c, frame, scale) * blockHeight(c, frame, scale);
    }

    /**
     * Tells whether one sample per block is made, from the DC coefficient alone.
     *
     * @return whether blocks are 1x1
     */
    boolean dcOnly() {
        return blockWidth == 1 && blockHeight == 1;
    }

    /**
     * Returns where a block's top-left sample goes.
     *
     * @param bx the block column
     * @param by the block row
     * @return the offset into {@link #samples}
     */
    int offset(int bx, int by) {
        return by * blockHeight * stride + bx * blockWidth;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
