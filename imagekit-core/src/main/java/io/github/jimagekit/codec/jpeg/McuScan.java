package io.github.jimagekit.codec.jpeg;

/**
 * One scan of a Huffman-coded frame: walks its MCUs in order, handles restart markers, and
 * leaves each block to the subclass (sequential: decode and transform at once; progressive:
 * add to the coefficient buffer).
 */
abstract class McuScan {

    final BitReader in;
    final ScanHeader scan;
    final int[] predictors;

    McuScan(BitReader in, ScanHeader scan) {
        this.in = in;
        this.scan = scan;
        this.predictors = new int[scan.components.length];
    }

    /**
     * Decodes every MCU of the scan.
     *
     * @param frame           the frame
     * @param restartInterval MCUs between restart markers, 0 for none
     * @return the offset where the scan's data ends
     * @throws JpegDecodeException when the data is corrupt or truncated
     */
    final int decode(Frame frame, int restartInterval) throws JpegDecodeException {
        boolean single = scan.components.length == 1;
        FrameComponent first = scan.components[0];
        int perLine = single ? first.scanBlocksPerLine : frame.mcusPerLine;
        int mcus = perLine * (single ? first.scanBlocksPerColumn : frame.mcusPerColumn);
        String what = scan.describe();
        int untilRestart = restartInterval;
        int marker = 0;
        for (int m = 0; m < mcus; m++) {
            if (restartInterval > 0 && untilRestart == 0) {
                in.restart(marker, what);
                marker = (marker + 1) & 7;
                java.util.Arrays.fill(predictors, 0);
                restarted();
                untilRestart = restartInterval;
            }
            int mx = m % perLine;
            int my = m / perLine;
            if (single) {
                block(0, mx, my);
            } else {
                for (int i = 0; i < scan.components.length; i++) {
                    FrameComponent c = scan.components[i];
                    for (int v = 0; v < c.v; v++) {
                        for (int h = 0; h < c.h; h++) {
                            block(i, mx * c.h + h, my * c.v + v);
                        }
                    }
                }
            }
            in.checkNotOverrun(what);
            untilRestart--;
        }
        return in.position();
    }

    /** Resets what a restart marker resets besides the DC predictors. */
    void restarted() {
    }

    /**
     * Decodes one block.
     *
     * @param i  the component's index in the scan
     * @param bx the block's column in the component
     * @param by the block's row in the component
     * @throws JpegDecodeException when the data is corrupt or truncated
     */
    abstract void block(int i, int bx, int by) throws JpegDecodeException;
}
