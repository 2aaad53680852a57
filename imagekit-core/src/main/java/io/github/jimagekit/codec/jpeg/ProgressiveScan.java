package io.github.jimagekit.codec.jpeg;

/**
 * Decodes one scan of a progressive frame into the coefficient buffer (JPEG G.1.2): DC first
 * and refinement scans, AC first and refinement scans with end-of-band runs.
 */
final class ProgressiveScan extends McuScan {

    private final CoefficientBuffer buffer;
    private final HuffmanTable[] tables;
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
        super(new BitReader(data, stream.position()), stream.scan());
        this.buffer = buffer;
        int n = scan.components.length;
        this.tables = new HuffmanTable[n];
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

    @Override
    void restarted() {
        eobRun = 0;
    }

    @Override
    void block(int i, int bx, int by) throws JpegDecodeException {
        FrameComponent c = scan.components[i];
        int index = by * c.blocksPerLine + bx;
        short[] values = buffer.values[c.index];
        int base = index * buffer.slots[c.index];
        if (!scan.dcBand()) {
            long[] nonzero = buffer.nonzero[c.index];
            int[] slotOf = buffer.slotOf[c.index];
            nonzero[index] = scan.ah == 0
                    ? acFirst(values, base, slotOf, nonzero[index], tables[i])
                    : acRefine(values, base, slotOf, nonzero[index], tables[i]);
        } else if (scan.ah == 0) {
            int t = in.decode(tables[i]);
            predictors[i] += t == 0 ? 0 : in.receiveExtend(t);
            values[base] = (short) (predictors[i] << scan.al);
        } else if (in.bit() != 0) {
            values[base] |= (short) (1 << scan.al);
        }
    }

    /** Decodes a first AC scan's band of one block; returns the block's non-zero mask. */
    private long acFirst(short[] values, int base, int[] slotOf, long mask, HuffmanTable table)
            throws JpegDecodeException {
        if (eobRun > 0) {
            eobRun--;
            return mask;
        }
        for (int k = scan.ss; k <= scan.se; k++) {
            int rs = in.decode(table);
            int r = rs >> 4;
            int s = rs & 15;
            if (s != 0) {
                k += r;
                int value = in.receiveExtend(s);
                if (k <= 63) {
                    mask |= 1L << k;
                    if (slotOf[k] >= 0) {
                        values[base + slotOf[k]] = (short) (value << scan.al);
                    }
                }
            } else if (r != 15) {
                eobRun = (1 << r) - 1 + (r == 0 ? 0 : in.receive(r));
                break;
            } else {
                k += 15;
            }
        }
        return mask;
    }

    /**
     * Decodes a refinement AC scan's band of one block (libjpeg's {@code decode_mcu_AC_refine});
     * returns the block's non-zero mask.
     */
    private long acRefine(short[] values, int base, int[] slotOf, long mask,
            HuffmanTable table) throws JpegDecodeException {
        int k = scan.ss;
        int se = scan.se;
        if (eobRun == 0) {
            for (; k <= se; k++) {
                int rs = in.decode(table);
                int r = rs >> 4;
                int s = rs & 15;
                if (s != 0) {
                    s = in.bit() != 0 ? 1 : -1;
                } else if (r != 15) {
                    eobRun = (1 << r) + (r == 0 ? 0 : in.receive(r));
                    break;
                }
                while (k <= se) {
                    if ((mask & (1L << k)) != 0) {
                        refine(values, base, slotOf[k]);
                    } else if (--r < 0) {
                        break;
                    }
                    k++;
                }
                if (s != 0 && k <= 63) {
                    mask |= 1L << k;
                    if (slotOf[k] >= 0) {
                        values[base + slotOf[k]] = (short) (s << scan.al);
                    }
                }
            }
        }
        if (eobRun > 0) {
            refineRest(values, base, slotOf, mask, k, se);
            eobRun--;
        }
        return mask;
    }

    /** Reads the correction bits of the already non-zero coefficients from k to se. */
    private void refineRest(short[] values, int base, int[] slotOf, long mask, int k, int se) {
        if (k > se) {
            return;
        }
        long rest = mask & (-1L << k) & (-1L >>> (63 - se));
        while (rest != 0) {
            refine(values, base, slotOf[Long.numberOfTrailingZeros(rest)]);
            rest &= rest - 1;
        }
    }

    /** Reads the correction bit of an already non-zero coefficient and applies it if kept. */
    private void refine(short[] values, int base, int slot) {
        if (in.bit() != 0 && slot >= 0) {
            int c = values[base + slot];
            int p1 = 1 << scan.al;
            if ((c & p1) == 0) {
                values[base + slot] = (short) (c >= 0 ? c + p1 : c - p1);
            }
        }
    }
}
