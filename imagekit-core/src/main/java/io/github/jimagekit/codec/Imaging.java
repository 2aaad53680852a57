package io.github.jimagekit.codec;

import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The imaging engine that turns a source's bytes into a generated image: read the header,
 * refuse images over the pixel limit, decode no larger than the processors need, convert to
 * sRGB, apply the EXIF orientation, run the processors, make the result fit the output format
 * and encode it.
 *
 * <p>One instance per {@code ImageKit}; thread-safe. Every failure is an
 * {@link io.github.jimagekit.error.ImageKitException} naming the source: a
 * {@link io.github.jimagekit.error.BadImageException} for bytes that cannot be decoded, an
 * {@link io.github.jimagekit.error.ImageTooLargeException} for images over the pixel limit.
 *
 * <pre>{@code
 * Imaging custom = Imaging.builder().maxPixels(50_000_000).autoOrient(false).build();
 * }</pre>
 *
 * <p>The kit makes its engine from the {@code imagekit.image.*} settings (the builder's
 * options of the same names) unless {@code ImageKitBuilder.imaging} gives one.
 */
public interface Imaging {

    /**
     * Starts an engine with the default settings: the DCT-scaling JPEG decoder, then the ImageIO
     * decoder (subsampled decode on), the ImageIO encoder, a limit of 100 MP, EXIF orientation and
     * colour management on.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Reads an image's header without decoding pixels.
     *
     * @param data the encoded image
     * @return its header
     * @throws io.github.jimagekit.error.BadImageException when no decoder recognises the bytes, or
     *     they are empty, truncated or corrupt
     */
    ImageHeader readHeader(ImageData data);

    /**
     * Generates an image.
     *
     * @param data        the source's encoded bytes
     * @param processors  the processors to apply, in order
     * @param format      the output format
     * @param options     how to encode
     * @param autoconvert whether to convert the pixels to what the output format can store
     *     (flatten transparency onto white for JPEG, as pilkit's autoconvert does)
     * @return the encoded result, with its size
     * @throws io.github.jimagekit.error.BadImageException when the source cannot be decoded
     * @throws io.github.jimagekit.error.ImageTooLargeException when the source has more pixels than
     *     allowed
     */
    EncodedImage render(ImageData data, Processor processors, ImageFormat format,
            EncodeOptions options, boolean autoconvert);

    /**
     * Predicts the size {@link #render} would produce, from the header alone.
     *
     * @param header     the source's header
     * @param processors the processors that would run
     * @return the output size, or the oriented source size passed through
     *     {@link Processor#outputSize(Size)}; empty when a processor cannot tell
     */
    Optional<Size> predictSize(ImageHeader header, Processor processors);

    /**
     * Describes the engine settings that change output pixels (EXIF orientation on or off,
     * colour management on or off), for cache file hashes. Decoder choice is not included:
     * decoders must give results that differ only by resampling noise.
     *
     * @return a canonical description
     */
    String cacheKey();

    /**
     * Builds an {@link Imaging}. Not thread-safe; the engine it builds is.
     */
    final class Builder {

        private List<ImageDecoder> decoders;
        private List<ImageEncoder> encoders = List.of(new ImageIoEncoder());
        private long maxPixels = 100_000_000;
        private boolean autoOrient = true;
        private boolean colorManagement = true;
        private Boolean subsampledDecode;
        private Boolean jpegDctScaling;

        private Builder() {
        }

        /**
         * Sets the decoders, tried in order: the first that reads the header and the first
         * that does not decline the pixels are used.
         *
         * @param decoders at least one decoder
         * @return this builder
         * @throws IllegalArgumentException when the list is empty
         * @throws IllegalStateException when {@link #subsampledDecode} was set: it configures
         *     the default decoder, so pass {@code new ImageIoDecoder(false)} instead
         */
        public Builder decoders(List<? extends ImageDecoder> decoders) {
            if (subsampledDecode != null || jpegDctScaling != null) {
                throw new IllegalStateException("decoders cannot be set after subsampledDecode"
                        + " or jpegDctScaling: they configure the default decoders; pass"
                        + " decoders configured the same way in the list instead");
            }
            this.decoders = nonEmpty(decoders, "decoders");
            return this;
        }

        /**
         * Sets the encoders; the first that supports the output format is used.
         *
         * @param encoders at least one encoder
         * @return this builder
         * @throws IllegalArgumentException when the list is empty
         */
        public Builder encoders(List<? extends ImageEncoder> encoders) {
            this.encoders = nonEmpty(encoders, "encoders");
            return this;
        }

        /**
         * Sets the largest number of pixels a source may have; larger ones are refused with an
         * {@link io.github.jimagekit.error.ImageTooLargeException} before any pixel is decoded.
         *
         * @param maxPixels at least 1; the default is 100,000,000
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder maxPixels(long maxPixels) {
            if (maxPixels < 1) {
                throw new IllegalArgumentException("maxPixels must be at least 1, was "
                        + maxPixels);
            }
            this.maxPixels = maxPixels;
            return this;
        }

        /**
         * Sets whether the EXIF orientation is applied before the processors run. When off,
         * it is left on the image as the {@code "imagekit.orientation"} property for a
         * {@code Transpose.auto()} processor.
         *
         * @param autoOrient whether to orient; the default is {@code true}
         * @return this builder
         */
        public Builder autoOrient(boolean autoOrient) {
            this.autoOrient = autoOrient;
            return this;
        }

        /**
         * Sets whether pixels are converted from an embedded ICC profile to sRGB.
         *
         * @param colorManagement whether to convert; the default is {@code true}
         * @return this builder
         */
        public Builder colorManagement(boolean colorManagement) {
            this.colorManagement = colorManagement;
            return this;
        }

        /**
         * Sets whether the default {@link ImageIoDecoder} decodes subsampled when the
         * processors need a much smaller image.
         *
         * @param subsampledDecode whether to subsample; the default is {@code true}
         * @return this builder
         * @throws IllegalStateException when {@link #decoders} was set
         */
        public Builder subsampledDecode(boolean subsampledDecode) {
            if (decoders != null) {
                throw new IllegalStateException("subsampledDecode cannot be set after"
                        + " decoders: it configures the default decoder only");
            }
            this.subsampledDecode = subsampledDecode;
            return this;
        }

        /**
         * Turns the pure-Java DCT-scaling JPEG decoder on or off (on by default): it decodes
         * JPEGs straight to 1/2, 1/4 or 1/8 scale when the processors need that little, and
         * declines what it does not handle, which the ImageIO decoder then decodes.
         *
         * @param on whether the default decoders include it
         * @return this builder
         * @throws IllegalStateException when {@link #decoders} was set
         */
        public Builder jpegDctScaling(boolean on) {
            if (decoders != null) {
                throw new IllegalStateException("jpegDctScaling cannot be set after"
                        + " decoders: it configures the default decoders only");
            }
            this.jpegDctScaling = on;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return a thread-safe engine
         */
        public Imaging build() {
            List<ImageDecoder> d = decoders;
            if (d == null) {
                ImageDecoder imageIo = new ImageIoDecoder(subsampledDecode == null
                        || subsampledDecode);
                d = jpegDctScaling == null || jpegDctScaling
                        ? List.of(new JpegDctDecoder(), imageIo) : List.of(imageIo);
            }
            return new DefaultImaging(d, encoders, maxPixels, autoOrient, colorManagement);
        }

        private static <T> List<T> nonEmpty(List<? extends T> list, String name) {
            Objects.requireNonNull(list, name);
            if (list.isEmpty()) {
                throw new IllegalArgumentException(name + " must not be empty");
            }
            return List.copyOf(list);
        }
    }
}
