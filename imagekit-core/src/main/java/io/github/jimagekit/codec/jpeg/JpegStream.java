package io.github.jimagekit.codec.jpeg;

import java.util.List;
import java.util.Locale;

/**
 * Reads a JPEG's marker segments in file order and keeps what they define: the frame, the
 * quantisation and Huffman tables, the restart interval, the JFIF and Adobe markers, and the
 * header of the scan about to be decoded. Every length and index is checked against the data.
 */
final class JpegStream {

    /** Returned by {@link #readToScan()} at the end of the data. */
    static final int END = -1;
    /** Start of scan. */
    static final int SOS = 0xDA;
    /** End of image. */
    static final int EOI = 0xD9;

    private static final int SOI = 0xD8;
    private static final int DHT = 0xC4;
    private static final int DAC = 0xCC;
    private static final int DQT = 0xDB;
    private static final int DRI = 0xDD;
    private static final int APP0 = 0xE0;
    private static final int APP14 = 0xEE;

    private final byte[] data;
    private int pos = 2;
    private final int[][] quant = new int[4][];
    private final HuffmanTable[] dcTables = new HuffmanTable[4];
    private final HuffmanTable[] acTables = new HuffmanTable[4];
    private int restartInterval;
    private Frame frame;
    private boolean jfif;
    private int adobeTransform = -1;
    private ScanHeader scan;
    private int scanCount;
    private int scanHeaderEnd = -1;

    /**
     * Starts reading after the SOI marker.
     *
     * @param data the whole file, starting with SOI (check with {@link #isJpeg})
     */
    JpegStream(byte[] data) {
        this.data = data;
    }

    /**
     * Tells whether data starts like a JPEG file: an SOI marker and the start of another.
     *
     * @param data the file
     * @return whether the first bytes are {@code FF D8 FF}
     */
    static boolean isJpeg(byte[] data) {
        return data.length >= 3 && data[0] == (byte) 0xFF && data[1] == (byte) SOI
                && data[2] == (byte) 0xFF;
    }

    /**
     * Reads and applies segments up to the next SOS (whose header {@link #startScan()} then
     * reads), EOI or the end of the data.
     *
     * @return {@link #SOS}, {@link #EOI} or {@link #END}
     * @throws JpegDecodeException when a segment is malformed or cut off
     */
    int readToScan() throws JpegDecodeException {
        while (true) {
            int marker = nextMarker();
            if (marker == END || marker == EOI) {
                return marker;
            }
            if (marker == SOI) {
                throw JpegDecodeException.corrupt("second SOI marker");
            }
            if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                continue;
            }
            int end = segmentEnd(marker);
            if (marker == SOS) {
                scanHeaderEnd = end;
                return SOS;
            }
            readSegment(marker, end);
            pos = end;
        }
    }

    private void readSegment(int marker, int end) throws JpegDecodeException {
        SegmentParser segment = new SegmentParser(data, pos, end);
        if (marker >= 0xC0 && marker <= 0xCF && marker != DHT && marker != 0xC8
                && marker != DAC) {
            if (frame != null) {
                throw JpegDecodeException.corrupt("more than one SOF segment");
            }
            frame = segment.frame(marker);
        } else if (marker == DHT) {
            segment.huffmanTables(dcTables, acTables);
        } else if (marker == DQT) {
            segment.quantTables(quant);
        } else if (marker == DRI) {
            restartInterval = segment.restartInterval();
        } else if (marker == APP0) {
            jfif |= segment.startsWith("JFIF\0");
        } else if (marker == APP14 && segment.startsWith("Adobe") && segment.byteAt(11) >= 0) {
            adobeTransform = segment.byteAt(11);
        }
    }

    /**
     * Returns the frame.
     *
     * @return the frame, or null before its SOF segment
     */
    Frame frame() {
        return frame;
    }

    /**
     * Reads the header of the SOS segment that {@link #readToScan()} stopped at, and moves to
     * the scan's entropy-coded data.
     *
     * @return the scan header, also returned by {@link #scan()} from now on
     * @throws JpegDecodeException when the header is malformed
     */
    ScanHeader startScan() throws JpegDecodeException {
        if (scanHeaderEnd < 0) {
            throw new IllegalStateException("not at an SOS segment");
        }
        if (frame == null) {
            throw JpegDecodeException.corrupt("scan before the SOF segment");
        }
        scan = new SegmentParser(data, pos, scanHeaderEnd).scan(frame, ++scanCount);
        pos = scanHeaderEnd;
        scanHeaderEnd = -1;
        return scan;
    }

    /**
     * Returns the header of the current scan.
     *
     * @return the scan header read by {@link #startScan()}
     */
    ScanHeader scan() {
        return scan;
    }

    /**
     * Returns where the entropy-coded data of the current scan starts.
     *
     * @return a byte offset
     */
    int position() {
        return pos;
    }

    /**
     * Continues reading segments at an offset, after a scan's data.
     *
     * @param offset where the scan decoder stopped
     */
    void resumeAt(int offset) {
        pos = offset;
    }

    /**
     * Moves past the current scan's entropy-coded data without decoding it.
     *
     * @throws JpegDecodeException when the data ends inside the scan
     */
    void skipScanData() throws JpegDecodeException {
        int p = pos;
        while (p + 1 < data.length) {
            if (data[p] == (byte) 0xFF) {
                int m = data[p + 1] & 0xFF;
                if (m != 0 && m != 0xFF && (m < 0xD0 || m > 0xD7)) {
                    pos = p;
                    return;
                }
            }
            p++;
        }
        throw JpegDecodeException.truncated(scan.describe() + " ends too early");
    }

    /**
     * Returns the restart interval.
     *
     * @return MCUs between restart markers, 0 for none
     */
    int restartInterval() {
        return restartInterval;
    }

    /**
     * Returns a quantisation table.
     *
     * @param id the selector, 0 to 3
     * @return the table in natural order
     * @throws JpegDecodeException when no DQT segment defined it
     */
    int[] quantTable(int id) throws JpegDecodeException {
        if (quant[id] == null) {
            throw JpegDecodeException.corrupt("quantization table " + id + " is not defined");
        }
        return quant[id];
    }

    /**
     * Returns a Huffman table.
     *
     * @param ac whether an AC table is wanted
     * @param id the selector, 0 to 3
     * @return the table
     * @throws JpegDecodeException when no DHT segment defined it, or a DC table codes
     *     magnitudes over 15
     */
    HuffmanTable huffmanTable(boolean ac, int id) throws JpegDecodeException {
        HuffmanTable t = ac ? acTables[id] : dcTables[id];
        if (t == null) {
            throw JpegDecodeException.corrupt((ac ? "AC" : "DC") + " huffman table " + id
                    + " is not defined");
        }
        if (!ac && t.largestSymbol() > 15) {
            throw JpegDecodeException.corrupt("DC huffman table " + id + " has symbol "
                    + t.largestSymbol());
        }
        return t;
    }

    /**
     * Tells whether three components hold RGB rather than YCbCr, by libjpeg's rules: a JFIF
     * marker means YCbCr, else an Adobe marker's transform flag decides, else component
     * identifiers 'R', 'G', 'B' mean RGB.
     *
     * @return whether the samples are not YCbCr
     */
    boolean rgbComponents() {
        if (jfif || frame == null || frame.components.size() != 3) {
            return false;
        }
        if (adobeTransform >= 0) {
            return adobeTransform == 0;
        }
        List<FrameComponent> c = frame.components;
        return c.get(0).id == 'R' && c.get(1).id == 'G' && c.get(2).id == 'B';
    }

    private int nextMarker() {
        int p = pos;
        while (p + 1 < data.length) {
            if (data[p] == (byte) 0xFF) {
                int m = data[p + 1] & 0xFF;
                if (m != 0 && m != 0xFF) {
                    pos = p + 2;
                    return m;
                }
            }
            p++;
        }
        pos = data.length;
        return END;
    }

    private int segmentEnd(int marker) throws JpegDecodeException {
        if (pos + 2 > data.length) {
            throw JpegDecodeException.truncated("segment " + hex(marker) + " is cut off");
        }
        int length = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
        if (length < 2 || pos + length > data.length) {
            throw (length < 2 ? JpegDecodeException.corrupt("segment " + hex(marker)
                    + " has length " + length) : JpegDecodeException.truncated("segment "
                    + hex(marker) + " of length " + length + " is cut off"));
        }
        int end = pos + length;
        pos += 2;
        return end;
    }

    private static String hex(int marker) {
        return "0x" + Integer.toHexString(marker).toUpperCase(Locale.ROOT);
    }
}
