package io.github.jimagekit.codec.jpeg;

/**
 * A Huffman table from a DHT segment, ready for decoding: codes of up to
 * {@value #LOOKAHEAD} bits are resolved with one table look-up, longer ones bit length by bit
 * length (JPEG Annex C and F.2.2.3).
 */
final class HuffmanTable {

    /** How many bits one look-up resolves. */
    static final int LOOKAHEAD = 9;

    /** For each {@value #LOOKAHEAD}-bit prefix: {@code (codeLength << 8) | symbol}, or 0. */
    final int[] lookup = new int[1 << LOOKAHEAD];
    /**
     * For skipping sequential AC coefficients, per {@value #LOOKAHEAD}-bit prefix:
     * {@code (codeLength + extraBits) << 8 | zigZagAdvance} (64 for an end of block), or 0.
     */
    final int[] skip = new int[1 << LOOKAHEAD];
    /** The largest code of each length, -1 when there is none; index 1 to 16. */
    final int[] maxCode = new int[17];
    /** Added to a code of each length to get the index of its symbol. */
    final int[] valueOffset = new int[17];
    /** The symbols in code order. */
    final int[] symbols;
    private final int largestSymbol;

    /**
     * Builds the decoding tables.
     *
     * @param counts  {@code counts[len]}: how many codes have length {@code len}, 1 to 16
     * @param symbols the symbols in order of increasing code
     * @throws JpegDecodeException when the counts describe more codes than fit their lengths
     */
    HuffmanTable(int[] counts, int[] symbols) throws JpegDecodeException {
        this.symbols = symbols.clone();
        int code = 0;
        int k = 0;
        int largest = 0;
        for (int len = 1; len <= 16; len++) {
            valueOffset[len] = k - code;
            for (int i = 0; i < counts[len]; i++) {
                if (code >= 1 << len) {
                    throw JpegDecodeException.corrupt("huffman table has too many codes of "
                            + "length " + len);
                }
                int symbol = symbols[k];
                largest = Math.max(largest, symbol);
                if (len <= LOOKAHEAD) {
                    int shift = LOOKAHEAD - len;
                    int first = code << shift;
                    int entry = (len << 8) | symbol;
                    int size = symbol & 15;
                    int advance = size != 0 ? (symbol >> 4) + 1 : symbol == 0xF0 ? 16 : 64;
                    int skipEntry = (len + size) << 8 | advance;
                    for (int j = 0; j < 1 << shift; j++) {
                        lookup[first + j] = entry;
                        skip[first + j] = skipEntry;
                    }
                }
                code++;
                k++;
            }
            maxCode[len] = counts[len] == 0 ? -1 : code - 1;
            code <<= 1;
        }
        this.largestSymbol = largest;
    }

    /**
     * Returns the largest symbol, for checking that a DC table only codes magnitudes.
     *
     * @return the largest symbol value, 0 to 255
     */
    int largestSymbol() {
        return largestSymbol;
    }
}
