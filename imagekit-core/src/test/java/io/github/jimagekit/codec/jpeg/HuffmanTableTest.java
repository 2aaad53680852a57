package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class HuffmanTableTest {

    @Test
    void constructor_standardTable_resolvesShortCodesByLookup() {
        HuffmanTable table = luminanceDc();

        // "010" is category 1: every 9-bit prefix starting with it
        assertThat(table.lookup[0b010_000000]).isEqualTo(3 << 8 | 1);
        assertThat(table.lookup[0b010_111111]).isEqualTo(3 << 8 | 1);
        assertThat(table.largestSymbol()).isEqualTo(11);
    }

    @Test
    void decode_sixteenBitCode_usesSlowPath() throws JpegDecodeException {
        int[] counts = new int[17];
        counts[1] = 1;
        counts[16] = 1;
        HuffmanTable table = new HuffmanTable(counts, new int[] {7, 42});
        // codes: "0" -> 7, "1000000000000000" -> 42
        BitReader in = BitReaderTest.reader(0b1000_0000, 0x00, 0x00, 0xFF, 0xD9);

        assertThat(in.decode(table)).isEqualTo(42);
        assertThat(in.decode(table)).isEqualTo(7);
    }

    @Test
    void decode_unassignedCode_throwsCorrupt() throws JpegDecodeException {
        HuffmanTable table = luminanceDc();
        BitReader in = BitReaderTest.reader(0xFF, 0x00, 0xFF, 0x00, 0xFF, 0xD9);

        assertThatThrownBy(() -> in.decode(table))
                .isInstanceOf(JpegDecodeException.class)
                .hasMessage("corrupt JPEG: bad huffman code");
    }

    @Test
    void constructor_tooManyCodes_throwsCorrupt() {
        int[] counts = new int[17];
        counts[2] = 5;

        assertThatThrownBy(() -> new HuffmanTable(counts, new int[] {1, 2, 3, 4, 5}))
                .isInstanceOf(JpegDecodeException.class)
                .hasMessage("corrupt JPEG: huffman table has too many codes of length 2");
    }

    /** The example luminance DC table of JPEG Annex K.3. */
    static HuffmanTable luminanceDc() {
        int[] counts = {0, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
        try {
            return new HuffmanTable(counts, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        } catch (JpegDecodeException e) {
            throw new AssertionError(e);
        }
    }
}
