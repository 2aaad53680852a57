package io.github.jimagekit.codec.jpeg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads the entropy-coded data of a scan bit by bit: removes the stuffed zero after each
 * 0xFF, stops in front of a marker and, past it, supplies zero bits while remembering how many,
 * so that a decoder that uses them can report truncated or corrupt data instead of
 * reading on.
 */
final class BitReader {

    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] data;
    private int pos;
    /** The unread bits, left-aligned: the next bit is bit 63. */
    private long bits;
    /** How many of the top bits of {@link #bits} are valid. */
    private int count;
    /** How many of the valid bits are padding supplied after a marker or the end of data. */
    private int padBits;
    private boolean exhausted;

    /**
     * Starts reading.
     *
     * @param data  the whole file
     * @param start the offset of the first byte of entropy-coded data
     */
    BitReader(byte[] data, int start) {
        this.data = data;
        this.pos = start;
    }

    /**
     * Returns where reading stopped: at the marker that ends the data, or before unread data.
     *
     * @return a byte offset into the file
     */
    int position() {
        return pos;
    }

    /**
     * Decodes one Huffman-coded symbol.
     *
     * @param table the table
     * @return the symbol, 0 to 255
     * @throws JpegDecodeException when the bits are no code of the table
     */
    int decode(HuffmanTable table) throws JpegDecodeException {
        if (count < 32) {
            fill();
        }
        int entry = table.lookup[(int) (bits >>> (64 - HuffmanTable.LOOKAHEAD))];
        if (entry != 0) {
            int len = entry >> 8;
            bits <<= len;
            count -= len;
            return entry & 0xFF;
        }
        return decodeLong(table);
    }

    /**
     * Decodes the AC coefficients of one sequential block (JPEG F.2.2.2), keeping the bit
     * buffer in locals for speed.
     *
     * @param table   the AC table
     * @param block   receives the coefficients at their natural index
     * @param nonzero receives the natural indices written, in order
     * @return how many indices were written
     * @throws JpegDecodeException when the bits are no code of the table
     */
    int decodeAc(HuffmanTable table, int[] block, int[] nonzero) throws JpegDecodeException {
        int[] lookup = table.lookup;
        long b = bits;
        int c = count;
        int n = 0;
        for (int k = 1; k < 64; k++) {
            // fast path: a short code with enough bits buffered for it and its extra bits
            int entry = c >= 32 ? lookup[(int) (b >>> (64 - HuffmanTable.LOOKAHEAD))] : 0;
            int rs;
            if (entry != 0) {
                b <<= entry >> 8;
                c -= entry >> 8;
                rs = entry & 0xFF;
            } else {
                bits = b;
                count = c;
                rs = decode(table);
                b = bits;
                c = count;
            }
            int s = rs & 15;
            if (s == 0) {
                if (rs != 0xF0) {
                    break;
                }
                k += 15;
                continue;
            }
            k += rs >> 4;
            int v = (int) (b >>> (64 - s));
            b <<= s;
            c -= s;
            if (k <= 63) {
                block[ScaledIdct.ZIGZAG[k]] = extend(v, s);
                nonzero[n++] = ScaledIdct.ZIGZAG[k];
            }
        }
        bits = b;
        count = c;
        return n;
    }

    /**
     * Skips the AC coefficients of one sequential block, keeping the bit buffer in locals.
     *
     * @param table the AC table
     * @throws JpegDecodeException when the bits are no code of the table
     */
    void skipAc(HuffmanTable table) throws JpegDecodeException {
        int[] skip = table.skip;
        long b = bits;
        int c = count;
        for (int k = 1; k < 64;) {
            int entry = c >= 32 ? skip[(int) (b >>> (64 - HuffmanTable.LOOKAHEAD))] : 0;
            if (entry != 0) {
                b <<= entry >> 8;
                c -= entry >> 8;
                k += entry & 0xFF;
            } else {
                bits = b;
                count = c;
                int rs = decode(table);
                int s = rs & 15;
                b = bits << s;
                c = count - s;
                k += s != 0 ? (rs >> 4) + 1 : rs == 0xF0 ? 16 : 64;
            }
        }
        bits = b;
        count = c;
    }

    private int decodeLong(HuffmanTable table) throws JpegDecodeException {
        for (int len = HuffmanTable.LOOKAHEAD + 1; len <= 16; len++) {
            int code = (int) (bits >>> (64 - len));
            if (code <= table.maxCode[len]) {
                int index = table.valueOffset[len] + code;
                if (index < 0 || index >= table.symbols.length) {
                    break;
                }
                bits <<= len;
                count -= len;
                return table.symbols[index];
            }
        }
        throw JpegDecodeException.corrupt("bad huffman code");
    }

    /**
     * Reads a magnitude category's extra bits and extends their sign (JPEG F.2.2.1). Only
     * valid right after {@link #decode}, which leaves at least 16 bits in the buffer.
     *
     * @param size the category, 1 to 15
     * @return the signed value
     */
    int receiveExtend(int size) {
        int v = (int) (bits >>> (64 - size));
        bits <<= size;
        count -= size;
        return extend(v, size);
    }

    /** Turns a category's extra bits into the signed value, without a branch. */
    private static int extend(int v, int size) {
        return v + (((v - (1 << (size - 1))) >> 31) & ((-1 << size) + 1));
    }

    /**
     * Skips bits. Only valid right after {@link #decode}, with at most 15 bits.
     *
     * @param n how many bits, 1 to 15
     */
    void skip(int n) {
        bits <<= n;
        count -= n;
    }

    /**
     * Reads unsigned bits. Only valid right after {@link #decode}, with at most 15 bits.
     *
     * @param n how many bits, 1 to 15
     * @return their value
     */
    int receive(int n) {
        int v = (int) (bits >>> (64 - n));
        bits <<= n;
        count -= n;
        return v;
    }

    /**
     * Reads one bit.
     *
     * @return 0 or 1
     */
    int bit() {
        if (count < 1) {
            fill();
        }
        int v = (int) (bits >>> 63);
        bits <<= 1;
        count--;
        return v;
    }

    /**
     * Fails when the decoder has used bits past the end of the data.
     *
     * @param what the data being decoded, for the message
     * @throws JpegDecodeException when padding bits were used
     */
    void checkNotOverrun(String what) throws JpegDecodeException {
        if (count < padBits) {
            throw JpegDecodeException.truncated(what + " ends too early");
        }
    }

    /**
     * Moves past the restart marker that must follow a restart interval, and starts the next
     * interval with an empty buffer.
     *
     * @param expected the marker's number, 0 to 7
     * @param what     the data being decoded, for messages
     * @throws JpegDecodeException when the marker is missing or has another number
     */
    void restart(int expected, String what) throws JpegDecodeException {
        int p = pos;
        while (p + 1 < data.length && (data[p] != (byte) 0xFF || data[p + 1] == 0
                || data[p + 1] == (byte) 0xFF)) {
            p++;
        }
        if (p + 1 >= data.length) {
            throw JpegDecodeException.truncated(what + " ends before restart marker RST"
                    + expected);
        }
        int marker = data[p + 1] & 0xFF;
        if (marker != 0xD0 + expected) {
            throw JpegDecodeException.corrupt(what + " has marker 0x"
                    + Integer.toHexString(marker).toUpperCase(java.util.Locale.ROOT)
                    + " where restart marker RST" + expected + " belongs");
        }
        pos = p + 2;
        bits = 0;
        count = 0;
        padBits = 0;
        exhausted = false;
    }

    private void fill() {
        if (!exhausted && pos + 8 <= data.length) {
            long v = (long) BIG_ENDIAN_LONG.get(data, pos);
            long x = ~v;
            if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) == 0) {
                // no 0xFF among the next 8 bytes: take as many whole bytes as fit at once
                int n = (64 - count) >>> 3;
                bits |= (v >>> (64 - 8 * n)) << (64 - count - 8 * n);
                count += 8 * n;
                pos += n;
                return;
            }
        }
        while (count <= 56) {
            int b = 0;
            if (!exhausted) {
                if (pos < data.length && data[pos] != (byte) 0xFF) {
                    b = data[pos++] & 0xFF;
                } else if (pos + 1 < data.length && data[pos + 1] == 0) {
                    b = 0xFF;
                    pos += 2;
                } else {
                    exhausted = true;
                }
            }
            if (exhausted) {
                padBits += 8;
            }
            bits |= ((long) b) << (56 - count);
            count += 8;
        }
    }
}
