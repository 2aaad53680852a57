package io.github.jimagekit.codec;

import io.github.jimagekit.codec.jpeg.ScaledJpegDecoder;
import io.github.jimagekit.processor.Size;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The shrink-on-load JPEG decoder as an {@link ImageDecoder}: decodes JPEGs straight to 1/2,
 * 1/4 or 1/8 scale when the processors need that little, with the pure-Java
 * {@link ScaledJpegDecoder}, and declines the rest for the next decoder (ImageIO). The default
 * engine ({@link Imaging#builder()}) tries it first; see {@code docs/jpeg-decoder.md}.
 *
 * <p>It reads no headers: the ImageIO decoder reads them, EXIF orientation and ICC profile
 * included, so that orientation and colour are handled the same whichever decoder runs.
 * Stateless and thread-safe.
 */
public final class JpegDctDecoder implements ImageDecoder {

    private final ScaledJpegDecoder decoder;

    /** Creates the decoder with the default scale policy. */
    public JpegDctDecoder() {
        this(new ScaledJpegDecoder());
    }

    /**
     * Creates a decoder with another scale policy, for measurements and tuning.
     *
     * @param minPixelRatio           how many times the requested pixels the scaled image
     *     must have, at least 1 (default 1: the smallest scale that covers the request)
     * @param minSequentialReduction  the smallest reduction done for baseline and extended
     *     files, 1, 2, 4 or 8; smaller ones are declined (default 4)
     * @param minProgressiveReduction the smallest reduction done for progressive files
     *     (default 1: all)
     * @throws IllegalArgumentException when a value is out of range
     */
    public JpegDctDecoder(double minPixelRatio, int minSequentialReduction,
            int minProgressiveReduction) {
        this(new ScaledJpegDecoder(minPixelRatio, minSequentialReduction,
                minProgressiveReduction));
    }

    /**
     * Wraps a scaled decoder.
     *
     * @param decoder the decoder that does the work
     */
    public JpegDctDecoder(ScaledJpegDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * Reads no header.
     *
     * @param data the encoded image
     * @return always empty
     */
    @Override
    public Optional<ImageHeader> readHeader(ImageData data) {
        Objects.requireNonNull(data, "data");
        return Optional.empty();
    }

    /**
     * Decodes a JPEG at the largest DCT reduction that still gives at least {@code atLeast}.
     *
     * @param data    the encoded image
     * @param header  its header, as read by the ImageIO decoder
     * @param atLeast the smallest acceptable size, in stored orientation
     * @return the pixels ({@code TYPE_INT_RGB}, not colour converted), or empty when this
     *     decoder declines the input
     * @throws IOException when the data is corrupt or truncated
     */
    @Override
    public Optional<DecodedImage> decode(ImageData data, ImageHeader header, Size atLeast)
            throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(atLeast, "atLeast");
        if (!ImageFormat.JPEG.equals(header.format())) {
            return Optional.empty();
        }
        return decoder.decode(data.bytes(), header.size(), atLeast)
                .map(image -> new DecodedImage(image, false));
    }

    @Override
    public String toString() {
        return "JpegDctDecoder[" + decoder + "]";
    }
}
