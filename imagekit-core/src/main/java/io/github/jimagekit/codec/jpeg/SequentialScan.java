package io.github.jimagekit.codec.jpeg;

/**
 * Decodes one scan of a sequential (baseline or extended) Huffman-coded frame, transforming
 * each block into its component plane as soon as it is decoded. The AC coefficients of
 * components transformed from DC alone are only skipped over, never stored.
 */
final class SequentialScan {

    private final BitReader in;
    private final ScanHeader scan;
    private final HuffmanTable[] dc;
    private final HuffmanTable[] ac;
    private final int[][] quant;
    private final ComponentPlane[] planes;
    private final ScaledIdct[] idcts;
    private final int[] predictors;
    private final int[] block = new int[64];
    private final int[] nonzero = new int[64];

    /**
     * Prepares the scan that the stream is positioned at.
     *
     * @param data   the whole file
     * @param stream the stream, just after the scan's SOS segment
     * @param planes the planes of the frame's components, by component index
     * @param idcts  the transforms of the frame's components, by component index
     * @throws JpegDecodeException when a table the scan needs is not defined
     */
    SequentialScan(byte[] data, JpegStream stream, ComponentPlane[] planes, ScaledIdct[] idcts)
            throws JpegDecodeException {
        this.in = new BitReader(data, stream.position());
        this.scan = stream.scan();
        int n = scan.components.length;
        this.dc = new HuffmanTable[n];
        this.ac = new HuffmanTable[n];
        this.quant = new int[n][];
        this.planes = new ComponentPlane[n];
        this.idcts = new ScaledIdct[n];
        this.predictors = new int[n];
        for (int i = 0; i < n; i++) {
            FrameComponent c = scan.components[i];
            dc[i] = stream.huffmanTable(false, scan.dcTables[i]);
            ac[i] = stream.huffmanTable(true, scan.acTables[i]);
            quant[i] = stream.quantTable(c.quantTable);
            this.planes[i] = planes[c.index];
            this.idcts[i] = idcts[c.index];
        }
    }

    /**
     * Decodes every MCU of the scan.
     *
     * @param frame           the frame
     * @param restartInterval MCUs between restart markers, 0 for none
     * @return the offset where the scan's data ends
     * @throws JpegDecodeException when the data is corrupt or truncated
     */
    int decode(Frame frame, int restartInterval) throws JpegDecodeException {
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

    private void block(int i, int bx, int by) throws JpegDecodeException {
        int t = in.decode(dc[i]);
        int pred = predictors[i] + (t == 0 ? 0 : in.receiveExtend(t));
        predictors[i] = pred;
        ComponentPlane p = planes[i];
        int offset = p.offset(bx, by);
        if (p.dcOnly()) {
            in.skipAc(ac[i]);
            p.samples[offset] = (byte) ScaledIdct.dcSample(pred, quant[i][0]);
            return;
        }
        block[0] = pred;
        int n = in.decodeAc(ac[i], block, nonzero);
        idcts[i].transform(block, nonzero, n, quant[i], p.samples, offset, p.stride);
        for (int j = 0; j < n; j++) {
            block[nonzero[j]] = 0;
        }
    }
}
