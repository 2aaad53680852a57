package io.github.jimagekit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.testing.TestImages;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class EmbeddedMetadataTest {

    private static final byte[] ICC = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB)
            .getData();

    private static byte[] jpeg() {
        return TestImages.encode(TestImages.quadrants(16, 8), "jpeg");
    }

    @Test
    void read_jpegWithExif_orientation() {
        EmbeddedMetadata meta = EmbeddedMetadata.read(ImageFormat.JPEG,
                CodecFixtures.withExifOrientation(jpeg(), 6));

        assertThat(meta.orientation()).isEqualTo(6);
        assertThat(meta.iccProfile()).isNull();
    }

    @Test
    void read_jpegIccInSeveralChunks_joinedInOrder() {
        EmbeddedMetadata meta = EmbeddedMetadata.read(ImageFormat.JPEG,
                CodecFixtures.withIccProfile(jpeg(), ICC, 100));

        assertThat(meta.iccProfile()).isEqualTo(ICC);
        assertThat(meta.orientation()).isEqualTo(1);
    }

    @Test
    void read_jpegIccChunksOutOfOrder_joinedBySequenceNumber() {
        assertThat(ICC.length % 2).isZero();
        byte[] inOrder = CodecFixtures.withIccProfile(jpeg(), ICC, ICC.length / 2);
        // swap the two APP2 segments: marker, length, "ICC_PROFILE\0", sequence, count, half
        int first = 2;
        int len = 4 + 14 + ICC.length / 2;
        byte[] swapped = inOrder.clone();
        System.arraycopy(inOrder, first + len, swapped, first, len);
        System.arraycopy(inOrder, first, swapped, first + len, len);
        assertThat(swapped).isNotEqualTo(inOrder);

        assertThat(EmbeddedMetadata.read(ImageFormat.JPEG, swapped).iccProfile())
                .isEqualTo(ICC);
    }

    @Test
    void read_jpegIccChunkMissing_noProfile() {
        byte[] full = CodecFixtures.withIccProfile(jpeg(), ICC, 300);
        int len = 4 + 14 + 300;
        byte[] oneMissing = CodecFixtures.concat(Arrays.copyOf(full, 2),
                Arrays.copyOfRange(full, 2 + len, full.length));

        assertThat(EmbeddedMetadata.read(ImageFormat.JPEG, oneMissing).iccProfile()).isNull();
    }

    @Test
    void read_exifWithBadOrientationValue_one() {
        assertThat(EmbeddedMetadata.read(ImageFormat.JPEG,
                CodecFixtures.withExifOrientation(jpeg(), 77)).orientation()).isEqualTo(1);
    }

    @Test
    void read_damagedExif_ignored() {
        byte[] exif = CodecFixtures.withExifOrientation(jpeg(), 6);
        // break the TIFF byte-order mark
        exif[2 + 4 + 6] = 'X';

        EmbeddedMetadata meta = EmbeddedMetadata.read(ImageFormat.JPEG, exif);

        assertThat(meta.orientation()).isEqualTo(1);
    }

    @Test
    void read_pngIccp_inflatedProfile() {
        byte[] png = CodecFixtures.pngWithIccProfile(
                TestImages.encode(TestImages.quadrants(8, 8), "png"), ICC);

        assertThat(EmbeddedMetadata.read(ImageFormat.PNG, png).iccProfile()).isEqualTo(ICC);
    }

    @Test
    void read_formatsWithoutMetadata_none() {
        assertThat(EmbeddedMetadata.read(ImageFormat.GIF,
                TestImages.encode(TestImages.quadrants(8, 8), "gif")))
                .isSameAs(EmbeddedMetadata.NONE);
        assertThat(EmbeddedMetadata.read(ImageFormat.PNG,
                TestImages.encode(TestImages.quadrants(8, 8), "png")).iccProfile()).isNull();
    }
}
