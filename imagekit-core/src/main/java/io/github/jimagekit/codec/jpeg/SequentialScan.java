package io.github.jimagekit.codec.jpeg;

/**
 * Decodes one scan of a sequential (baseline or extended) Huffman-coded frame, transforming
 * each block into its component plane as soon as it is decoded. The AC coefficients of
 * components transformed from DC alone are only skipped over, never stored.
 */
final class SequentialScan extends McuScan {

    private final HuffmanTable[] dc;
    private final HuffmanTable[] ac;
    private final int[][] quant;
    private final ComponentPlane[] planes;
    private final ScaledIdct[] idcts;
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
        super(new BitReader(data, stream.position()), stream.scan());
        int n = scan.components.length;
        this.dc = new HuffmanTable[n];
        this.ac = new HuffmanTable[n];
        this.quant = new int[n][];
        this.planes = new ComponentPlane[n];
        this.idcts = new ScaledIdct[n];
        for (int i = 0; i < n; i++) {
            FrameComponent c = scan.components[i];
            dc[i] = stream.huffmanTable(false, scan.dcTables[i]);
            ac[i] = stream.huffmanTable(true, scan.acTables[i]);
            quant[i] = stream.quantTable(c.quantTable);
            this.planes[i] = planes[c.index];
            this.idcts[i] = idcts[c.index];
        }
    }

    @Override
    void block(int i, int bx, int by) throws JpegDecodeException {
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
