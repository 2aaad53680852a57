package io.github.jimagekit.codec.jpeg;

import java.util.ArrayList;
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
    private static final int[] ZIGZAG = ScaledIdct.ZIGZAG;

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
        if (marker >= 0xC0 && marker <= 0xCF && marker != DHT && marker != 0xC8
                && marker != DAC) {
            readFrame(marker, end);
        } else if (marker == DHT) {
            readHuffmanTables(end);
        } else if (marker == DQT) {
            readQuantTables(end);
        } else if (marker == DRI) {
            restartInterval = u16(end);
        } else if (marker == APP0) {
            jfif |= startsWith(end, "JFIF\0");
        } else if (marker == APP14 && startsWith(end, "Adobe") && end - pos >= 12) {
            adobeTransform = data[pos + 11] & 0xFF;
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
        readScanHeader(scanHeaderEnd);
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

    private void readFrame(int marker, int end) throws JpegDecodeException {
        if (frame != null) {
            throw JpegDecodeException.corrupt("more than one SOF segment");
        }
        int precision = u8(end);
        int height = u16(end);
        int width = u16(end);
        int count = u8(end);
        if (width == 0 || count == 0) {
            throw JpegDecodeException.corrupt("frame of width " + width + " with " + count
                    + " components");
        }
        int[] ids = new int[count];
        int[] factors = new int[count];
        int[] tables = new int[count];
        int maxH = 1;
        int maxV = 1;
        for (int i = 0; i < count; i++) {
            ids[i] = u8(end);
            factors[i] = u8(end);
            tables[i] = u8(end);
            int h = factors[i] >> 4;
            int v = factors[i] & 15;
            if (h < 1 || h > 4 || v < 1 || v > 4 || tables[i] > 3) {
                throw JpegDecodeException.corrupt("component " + ids[i] + " has sampling "
                        + h + "x" + v + " and quantization table " + tables[i]);
            }
            maxH = Math.max(maxH, h);
            maxV = Math.max(maxV, v);
        }
        List<FrameComponent> components = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            components.add(new FrameComponent(ids[i], i, factors[i] >> 4, factors[i] & 15,
                    tables[i], width, height, maxH, maxV));
        }
        frame = new Frame(marker, precision, width, height, components);
    }

    private void readScanHeader(int end) throws JpegDecodeException {
        if (frame == null) {
            throw JpegDecodeException.corrupt("scan before the SOF segment");
        }
        int count = u8(end);
        if (count < 1 || count > 4) {
            throw JpegDecodeException.corrupt("scan with " + count + " components");
        }
        FrameComponent[] components = new FrameComponent[count];
        int[] dc = new int[count];
        int[] ac = new int[count];
        int blocksPerMcu = 0;
        for (int i = 0; i < count; i++) {
            int id = u8(end);
            int t = u8(end);
            FrameComponent c = frame.component(id);
            if (c == null || contains(components, c) || (t >> 4) > 3 || (t & 15) > 3) {
                throw JpegDecodeException.corrupt("scan names component " + id
                        + " with tables " + (t >> 4) + "/" + (t & 15));
            }
            components[i] = c;
            dc[i] = t >> 4;
            ac[i] = t & 15;
            blocksPerMcu += c.h * c.v;
        }
        int ss = u8(end);
        int se = u8(end);
        int a = u8(end);
        if (count > 1 && blocksPerMcu > 10) {
            throw JpegDecodeException.corrupt("scan has " + blocksPerMcu + " blocks per MCU");
        }
        scan = new ScanHeader(components, dc, ac, ss, se, a >> 4, a & 15, ++scanCount);
        if (frame.progressive()) {
            checkProgressive(scan);
        }
    }

    private static void checkProgressive(ScanHeader s) throws JpegDecodeException {
        boolean bad = s.ss == 0 ? s.se != 0 : s.ss > s.se || s.se > 63
                || s.components.length != 1;
        bad |= s.ah != 0 && s.al != s.ah - 1;
        bad |= s.al > 13;
        if (bad) {
            throw JpegDecodeException.corrupt("progressive scan " + s.number + " has band "
                    + s.ss + ".." + s.se + ", bits " + s.ah + "/" + s.al + " over "
                    + s.components.length + " components");
        }
    }

    private void readQuantTables(int end) throws JpegDecodeException {
        while (pos < end) {
            int pt = u8(end);
            int precision = pt >> 4;
            int id = pt & 15;
            if (precision > 1 || id > 3) {
                throw JpegDecodeException.corrupt("quantization table " + id
                        + " with precision " + precision);
            }
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                table[ZIGZAG[k]] = precision == 0 ? u8(end) : u16(end);
            }
            quant[id] = table;
        }
    }

    private void readHuffmanTables(int end) throws JpegDecodeException {
        while (pos < end) {
            int tc = u8(end);
            int cls = tc >> 4;
            int id = tc & 15;
            if (cls > 1 || id > 3) {
                throw JpegDecodeException.corrupt("huffman table class " + cls + " id " + id);
            }
            int[] counts = new int[17];
            int total = 0;
            for (int len = 1; len <= 16; len++) {
                counts[len] = u8(end);
                total += counts[len];
            }
            if (total > 256) {
                throw JpegDecodeException.corrupt("huffman table with " + total + " symbols");
            }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) {
                symbols[i] = u8(end);
            }
            HuffmanTable table = new HuffmanTable(counts, symbols);
            if (cls == 0) {
                dcTables[id] = table;
            } else {
                acTables[id] = table;
            }
        }
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

    private int u8(int end) throws JpegDecodeException {
        if (pos >= end) {
            throw JpegDecodeException.corrupt("segment is too short for its content");
        }
        return data[pos++] & 0xFF;
    }

    private int u16(int end) throws JpegDecodeException {
        return (u8(end) << 8) | u8(end);
    }

    private boolean startsWith(int end, String tag) {
        if (end - pos < tag.length()) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            if (data[pos + i] != (byte) tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(FrameComponent[] array, FrameComponent c) {
        for (FrameComponent x : array) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    private static String hex(int marker) {
        return "0x" + Integer.toHexString(marker).toUpperCase(Locale.ROOT);
    }
}
