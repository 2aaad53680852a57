package io.github.jimagekit.codec.jpeg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the payload of one marker segment (SOF, SOS, DQT, DHT, DRI), checking every value it
 * reads against the segment's length and the format's ranges.
 */
final class SegmentParser {

    private final byte[] data;
    private int pos;
    private final int end;

    /**
     * Starts parsing a payload.
     *
     * @param data  the whole file
     * @param start the payload's first byte
     * @param end   the offset just after the payload
     */
    SegmentParser(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    /**
     * Parses an SOF segment.
     *
     * @param marker the SOF marker
     * @return the frame
     * @throws JpegDecodeException when a value is out of range or the segment too short
     */
    Frame frame(int marker) throws JpegDecodeException {
        int precision = u8();
        int height = u16();
        int width = u16();
        int count = u8();
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
            ids[i] = u8();
            factors[i] = u8();
            tables[i] = u8();
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
        return new Frame(marker, precision, width, height, components);
    }

    /**
     * Parses an SOS segment.
     *
     * @param frame  the frame the scan belongs to
     * @param number the scan's number in the file, from 1
     * @return the scan header
     * @throws JpegDecodeException when a value is out of range or the segment too short
     */
    ScanHeader scan(Frame frame, int number) throws JpegDecodeException {
        int count = u8();
        if (count < 1 || count > 4) {
            throw JpegDecodeException.corrupt("scan with " + count + " components");
        }
        FrameComponent[] components = new FrameComponent[count];
        int[] dc = new int[count];
        int[] ac = new int[count];
        int blocksPerMcu = 0;
        for (int i = 0; i < count; i++) {
            int id = u8();
            int t = u8();
            FrameComponent c = frame.component(id);
            if (c == null || Arrays.asList(components).contains(c) || (t >> 4) > 3
                    || (t & 15) > 3) {
                throw JpegDecodeException.corrupt("scan names component " + id
                        + " with tables " + (t >> 4) + "/" + (t & 15));
            }
            components[i] = c;
            dc[i] = t >> 4;
            ac[i] = t & 15;
            blocksPerMcu += c.h * c.v;
        }
        int ss = u8();
        int se = u8();
        int a = u8();
        if (count > 1 && blocksPerMcu > 10) {
            throw JpegDecodeException.corrupt("scan has " + blocksPerMcu + " blocks per MCU");
        }
        ScanHeader scan = new ScanHeader(components, dc, ac, ss, se, a >> 4, a & 15, number);
        if (frame.progressive()) {
            checkProgressive(scan);
        }
        return scan;
    }

    /**
     * Parses a DQT segment.
     *
     * @param tables receives the tables, in natural order, by selector
     * @throws JpegDecodeException when a value is out of range or the segment too short
     */
    void quantTables(int[][] tables) throws JpegDecodeException {
        while (pos < end) {
            int pt = u8();
            int precision = pt >> 4;
            int id = pt & 15;
            if (precision > 1 || id > 3) {
                throw JpegDecodeException.corrupt("quantization table " + id
                        + " with precision " + precision);
            }
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                table[ScaledIdct.ZIGZAG[k]] = precision == 0 ? u8() : u16();
            }
            tables[id] = table;
        }
    }

    /**
     * Parses a DHT segment.
     *
     * @param dc receives the DC tables by selector
     * @param ac receives the AC tables by selector
     * @throws JpegDecodeException when a value is out of range or the segment too short
     */
    void huffmanTables(HuffmanTable[] dc, HuffmanTable[] ac) throws JpegDecodeException {
        while (pos < end) {
            int tc = u8();
            int cls = tc >> 4;
            int id = tc & 15;
            if (cls > 1 || id > 3) {
                throw JpegDecodeException.corrupt("huffman table class " + cls + " id " + id);
            }
            int[] counts = new int[17];
            int total = 0;
            for (int len = 1; len <= 16; len++) {
                counts[len] = u8();
                total += counts[len];
            }
            if (total > 256) {
                throw JpegDecodeException.corrupt("huffman table with " + total + " symbols");
            }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) {
                symbols[i] = u8();
            }
            (cls == 0 ? dc : ac)[id] = new HuffmanTable(counts, symbols);
        }
    }

    /**
     * Parses a DRI segment.
     *
     * @return the restart interval in MCUs, 0 for none
     * @throws JpegDecodeException when the segment is too short
     */
    int restartInterval() throws JpegDecodeException {
        return u16();
    }

    /**
     * Tells whether the payload starts with an identifier, such as {@code "JFIF\0"}.
     *
     * @param tag the identifier, ASCII
     * @return whether the first bytes are the identifier's
     */
    boolean startsWith(String tag) {
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

    /**
     * Returns a byte of the payload.
     *
     * @param offset the offset from the payload's start
     * @return the byte, 0 to 255, or -1 when the payload is shorter
     */
    int byteAt(int offset) {
        return pos + offset < end ? data[pos + offset] & 0xFF : -1;
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

    private int u8() throws JpegDecodeException {
        if (pos >= end) {
            throw JpegDecodeException.corrupt("segment is too short for its content");
        }
        return data[pos++] & 0xFF;
    }

    private int u16() throws JpegDecodeException {
        return (u8() << 8) | u8();
    }
}
