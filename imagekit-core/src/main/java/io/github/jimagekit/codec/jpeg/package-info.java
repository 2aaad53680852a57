/**
 * A pure-Java JPEG decoder that decodes straight to 1/2, 1/4 or 1/8 scale (shrink-on-load):
 * {@link io.github.jimagekit.codec.jpeg.ScaledJpegDecoder}, which the imaging engine uses through
 * {@link io.github.jimagekit.codec.JpegDctDecoder}. The package depends on no other codec type,
 * so the codec package above it can assemble it.
 *
 * <p>Like libjpeg-turbo under Pillow's {@code draft()} and libvips' shrink-on-load, it never
 * computes the full-size image: the inverse DCT runs at reduced size (at 1/8 only the DC
 * coefficient of each block is used, and a progressive file's AC scans are skipped unread).
 * Everything but the entry type is package-private: the marker and segment parser
 * ({@code JpegStream}), the frame model ({@code Frame}), entropy decoding ({@code BitReader},
 * {@code HuffmanTable}, {@code SequentialScan}, {@code ProgressiveScan}), the scaled inverse DCT
 * ({@code ScaledIdct}) and the chroma upsampling and colour conversion
 * ({@code RowUpsampler}, {@code RgbWriter}).
 */
package io.github.jimagekit.codec.jpeg;
