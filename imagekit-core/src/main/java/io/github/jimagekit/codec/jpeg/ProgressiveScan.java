package io.github.jimagekit.codec.jpeg;

/**
 * Decodes one scan of a progressive frame into the coefficient buffer (JPEG G.1.2): DC first
 * and refinement scans, AC first and refinement scans with end-of-band runs.
 */
final class ProgressiveScan {

    private static final int[] ZIGZAG = ScaledIdct.ZIGZAG;

    private final BitReader in;
    private final ScanHeader scan;
    private final CoefficientBuffer buffer;
    private final HuffmanTable[] tables;
    private final int[] predictors;
    private int eobRun;

    /**
     * Prepares the scan that the stream is positioned at, and latches the quantisation tables
     * of components scanned for the first time.
     *
     * @param data   the whole file
     * @param stream the stream, just after the scan's SOS segment
     * @param buffer the frame's coefficients
     * @throws JpegDecodeException when a table the scan needs is not defined
     */
    ProgressiveScan(byte[] data, JpegStream stream, CoefficientBuffer buffer)
            throws JpegDecodeException {
        this.in = new BitReader(data, stream.position());
        this.scan = stream.scan();
        this.buffer = buffer;
        int n = scan.components.length;
        this.tables = new HuffmanTable[n];
        this.predictors = new int[n];
        for (int i = 0; i < n; i++) {
            FrameComponent c = scan.components[i];
            if (buffer.quantTables[c.index] == null) {
                buffer.quantTables[c.index] = stream.quantTable(c.quantTable);
            }
            if (scan.dcBand() && scan.ah == 0) {
                tables[i] = stream.huffmanTable(false, scan.dcTables[i]);
            } else if (!scan.dcBand()) {
                tables[i] = stream.huffmanTable(true, scan.acTables[i]);
            }
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
                eobRun = 0;
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
        FrameComponent c = scan.components[i];
        short[] coef = buffer.coefficients[c.index];
        int base = (by * c.blocksPerLine + bx) * (buffer.dcOnly ? 1 : 64);
        if (!scan.dcBand()) {
            if (scan.ah == 0) {
                acFirst(coef, base, tables[i]);
            } else {
                acRefine(coef, base, tables[i]);
            }
        } else if (scan.ah == 0) {
            int t = in.decode(tables[i]);
            predictors[i] += t == 0 ? 0 : in.receiveExtend(t);
            coef[base] = (short) (predictors[i] << scan.al);
        } else if (in.bit() != 0) {
            coef[base] |= (short) (1 << scan.al);
        }
    }

    private void acFirst(short[] coef, int base, HuffmanTable table)
            throws JpegDecodeException {
        if (eobRun > 0) {
            eobRun--;
            return;
        }
        for (int k = scan.ss; k <= scan.se; k++) {
            int rs = in.decode(table);
            int r = rs >> 4;
            int s = rs & 15;
            if (s != 0) {
                k += r;
                int value = in.receiveExtend(s);
                if (k <= 63) {
                    coef[base + ZIGZAG[k]] = (short) (value << scan.al);
                }
            } else if (r != 15) {
                eobRun = (1 << r) - 1 + (r == 0 ? 0 : in.receive(r));
                break;
            } else {
                k += 15;
            }
        }
    }

    private void acRefine(short[] coef, int base, HuffmanTable table)
            throws JpegDecodeException {
        int p1 = 1 << scan.al;
        int m1 = -1 << scan.al;
        int k = scan.ss;
        int se = scan.se;
        if (eobRun == 0) {
            for (; k <= se; k++) {
                int rs = in.decode(table);
                int r = rs >> 4;
                int s = rs & 15;
                if (s != 0) {
                    s = in.bit() != 0 ? p1 : m1;
                } else if (r != 15) {
                    eobRun = (1 << r) + (r == 0 ? 0 : in.receive(r));
                    break;
                }
                while (k <= se) {
                    int z = base + ZIGZAG[k];
                    if (coef[z] != 0) {
                        refine(coef, z, p1, m1);
                    } else if (--r < 0) {
                        break;
                    }
                    k++;
                }
                if (s != 0 && k <= 63) {
                    coef[base + ZIGZAG[k]] = (short) s;
                }
            }
        }
        if (eobRun > 0) {
            for (; k <= se; k++) {
                int z = base + ZIGZAG[k];
                if (coef[z] != 0) {
                    refine(coef, z, p1, m1);
                }
            }
            eobRun--;
        }
    }

    private void refine(short[] coef, int z, int p1, int m1) {
        int c = coef[z];
        if (in.bit() != 0 && (c & p1) == 0) {
            coef[z] = (short) (c >= 0 ? c + p1 : c + m1);
        }
    }
}
