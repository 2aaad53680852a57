package io.github.jimagekit.codec;

import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;

/**
 * The imaging engine that turns a source's bytes into a generated image: read the header,
 * refuse images over the pixel limit, decode no larger than the processors need, convert to
 * sRGB, apply the EXIF orientation, run the processors, make the result fit the output format
 * and encode it.
 *
 * <p>One instance per {@code ImageKit}; thread-safe. Every failure is an
 * {@link io.github.jimagekit.ImageKitException} naming the source: a
 * {@link io.github.jimagekit.BadImageException} for bytes that cannot be decoded, an
 * {@link io.github.jimagekit.ImageTooLargeException} for images over the pixel limit.
 */
public interface Imaging {

    /**
     * Reads an image's header without decoding pixels.
     *
     * @param data the encoded image
     * @return its header
     * @throws io.github.jimagekit.BadImageException when no decoder recognises the bytes, or
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
     * @throws io.github.jimagekit.BadImageException when the source cannot be decoded
     * @throws io.github.jimagekit.ImageTooLargeException when the source has more pixels than
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
    java.util.Optional<Size> predictSize(ImageHeader header, Processor processors);

    /**
     * Describes the engine settings that change output pixels (EXIF orientation on or off,
     * colour management on or off), for cache file hashes. Decoder choice is not included:
     * decoders must give results that differ only by resampling noise.
     *
     * @return a canonical description
     */
    String cacheKey();
}
