package io.github.jimagekit.codec.jpeg;

import io.github.jimagekit.processor.Size;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A pure-Java JPEG decoder that decodes straight to 1/2, 1/4 or 1/8 scale (shrink-on-load), as
 * libjpeg-turbo does under Pillow's {@code draft()} and libvips' shrink-on-load: the inverse
 * DCT runs at reduced size, so the full-size image is never computed. The imaging engine uses
 * it through {@link io.github.jimagekit.codec.JpegDctDecoder}.
 *
 * <p>It picks the largest reduction whose result still covers the requested size, and returns
 * {@code TYPE_INT_RGB} pixels in stored orientation, not colour converted (the engine applies
 * EXIF orientation and the ICC profile, as for every decoder).
 * It handles baseline, extended and progressive Huffman-coded 8-bit JPEGs, greyscale or YCbCr,
 * with any power-of-two chroma subsampling (4:4:4, 4:2:2, 4:2:0, 4:4:0, 4:1:1) and restart
 * markers. It declines (empty result) what it does not handle, for the regular decoder to do:
 * anything that is not such a JPEG (arithmetic coding, lossless, hierarchical, 12-bit, CMYK,
 * YCCK, RGB, two components, unusual sampling factors), a frame whose size disagrees with the
 * header (so the engine's pixel limit always applies to what is decoded), a height given by a
 * DNL segment, and baseline files that would be reduced less than 4x (ImageIO, backed by
 * native libjpeg-turbo, is faster there; it is slower at every scale for progressive files).
 *
 * <p>Stateless and thread-safe.
 */
public final class ScaledJpegDecoder {

    /** Largest working memory of one decode; more is left to the regular decoder. */
    private static final long MAX_WORKING_BYTES = Integer.MAX_VALUE;

    private final ScalePolicy policy;
    private final boolean fancyUpsampling;

    /** Creates the decoder with the default scale policy. */
    public ScaledJpegDecoder() {
        this(ScalePolicy.DEFAULT, true);
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
    public ScaledJpegDecoder(double minPixelRatio, int minSequentialReduction,
            int minProgressiveReduction) {
        this(new ScalePolicy(minPixelRatio, minSequentialReduction, minProgressiveReduction),
                true);
    }

    /**
     * Creates a decoder with another policy and upsampling, for tests.
     *
     * @param policy          how the scale is chosen
     * @param fancyUpsampling whether 2x chroma upsampling uses the triangle filter
     */
    ScaledJpegDecoder(ScalePolicy policy, boolean fancyUpsampling) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.fancyUpsampling = fancyUpsampling;
    }

    /**
     * Decodes a JPEG at the largest DCT reduction that still gives at least {@code atLeast}.
     *
     * @param jpeg    the encoded image
     * @param size    its size as its header says; a frame of another size is declined
     * @param atLeast the smallest acceptable size, in stored orientation
     * @return the pixels ({@code TYPE_INT_RGB}, not colour converted), or empty when this
     *     decoder declines the input
     * @throws IOException when the data is corrupt or truncated
     */
    public Optional<BufferedImage> decode(byte[] jpeg, Size size, Size atLeast)
            throws IOException {
        Objects.requireNonNull(jpeg, "jpeg");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(atLeast, "atLeast");
        if (!JpegStream.isJpeg(jpeg)) {
            return Optional.empty();
        }
        JpegStream stream = new JpegStream(jpeg);
        int marker = stream.readToScan();
        Frame frame = stream.frame();
        if (frame == null) {
            throw marker == JpegStream.END ? JpegDecodeException.truncated("no SOF segment")
                    : JpegDecodeException.corrupt("no SOF segment before EOI");
        }
        if (!frame.supported() || stream.rgbComponents() || frame.width != size.width()
                || frame.height != size.height()) {
            return Optional.empty();
        }
        if (marker != JpegStream.SOS) {
            throw JpegDecodeException.truncated("no scan after the SOF segment");
        }
        int reduction = policy.reduction(frame.width, frame.height, frame.progressive(),
                atLeast);
        if (reduction == 0 || FrameDecoder.workingBytes(frame, 8 / reduction)
                > MAX_WORKING_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new FrameDecoder(jpeg, stream, 8 / reduction, fancyUpsampling)
                .decode());
    }

    @Override
    public String toString() {
        return "ScaledJpegDecoder[" + policy + "]";
    }
}
