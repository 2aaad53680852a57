package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class BitReaderTest {

    @Test
    void bit_stuffedFf_readsFfAndSkipsTheZero() {
        BitReader in = reader(0xFF, 0x00, 0x80, 0xFF, 0xD9);

        int byte1 = 0;
        for (int i = 0; i < 8; i++) {
            byte1 = byte1 << 1 | in.bit();
        }

        assertThat(byte1).isEqualTo(0xFF);
        assertThat(in.bit()).isEqualTo(1);
        assertThat(in.position()).isEqualTo(3);
    }

    @Test
    void bit_pastMarker_suppliesZerosAndReportsOverrun() throws JpegDecodeException {
        BitReader in = reader(0xAA, 0xFF, 0xD9);
        for (int i = 0; i < 8; i++) {
            in.bit();
        }
        in.checkNotOverrun("scan");

        assertThat(in.bit()).isZero();
        assertThatThrownBy(() -> in.checkNotOverrun("scan"))
                .isInstanceOf(JpegDecodeException.class)
                .hasMessage("truncated JPEG: scan ends too early");
    }

    @Test
    void bit_pastEndOfData_reportsOverrun() {
        BitReader in = reader(0x01);
        for (int i = 0; i < 9; i++) {
            in.bit();
        }

        assertThatThrownBy(() -> in.checkNotOverrun("scan"))
                .isInstanceOf(JpegDecodeException.class);
    }

    @Test
    void restart_expectedMarker_continuesAfterIt() throws JpegDecodeException {
        BitReader in = reader(0xF0, 0xFF, 0xD3, 0x80);
        in.bit();

        in.restart(3, "scan");

        assertThat(in.bit()).isEqualTo(1);
        assertThat(in.position()).isEqualTo(4);
    }

    @Test
    void restart_otherMarker_throwsCorrupt() {
        BitReader in = reader(0xF0, 0xFF, 0xD4, 0x80);

        assertThatThrownBy(() -> in.restart(3, "scan"))
                .isInstanceOf(JpegDecodeException.class)
                .hasMessage("corrupt JPEG: scan has marker 0xD4 where restart marker RST3"
                        + " belongs");
    }

    @Test
    void restart_noMarker_throwsTruncated() {
        BitReader in = reader(0xF0, 0x00);

        assertThatThrownBy(() -> in.restart(0, "scan"))
                .isInstanceOf(JpegDecodeException.class)
                .hasMessage("truncated JPEG: scan ends before restart marker RST0");
    }

    @Test
    void decode_standardDcTable_decodesShortAndLongCodes() throws JpegDecodeException {
        HuffmanTable table = HuffmanTableTest.luminanceDc();
        // category 0 is "00", category 11 is "111111110"; then 5 is "110"
        BitReader in = reader(0b0011_1111, 0b1101_1000, 0xFF, 0xD9);

        assertThat(in.decode(table)).isZero();
        assertThat(in.decode(table)).isEqualTo(11);
        assertThat(in.decode(table)).isEqualTo(5);
        assertThatCode(() -> in.checkNotOverrun("scan")).doesNotThrowAnyException();
    }

    @Test
    void receiveExtend_negativeAndPositive_extendsSign() throws JpegDecodeException {
        BitReader in = reader(0b0001_1111, 0xFF, 0xD9);
        in.decode(HuffmanTableTest.luminanceDc());

        assertThat(in.receiveExtend(3)).isEqualTo(-4);
        assertThat(in.receiveExtend(3)).isEqualTo(7);
    }

    static BitReader reader(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new BitReader(data, 0);
    }
}
