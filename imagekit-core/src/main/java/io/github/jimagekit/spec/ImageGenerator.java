package io.github.jimagekit.spec;

import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.internal.Hashing;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import java.util.Optional;

/**
 * Anything that makes an image: the unit the caching layer stores. {@link ImageSpec}, which
 * makes an image from a source image, is the usual one; a generator without a source (a
 * placeholder, a chart) works the same way.
 *
 * <p>The {@link #cacheKey()} describes everything that affects the output; its
 * {@link #hash()} names the cache file, so a changed spec or source gives a new file.
 */
public interface ImageGenerator {

    /** How many hex digits of the SHA-256 {@link #hash()} keeps: 128 bits. */
    int HASH_LENGTH = 32;

    /**
     * Makes the image.
     *
     * @return the encoded image with its format and size
     * @throws io.github.jimagekit.error.ImageKitException when it cannot be made: a missing or bad
     *     source, an image over the pixel limit
     */
    EncodedImage generate();

    /**
     * Describes, canonically, everything that affects the output. Stable across JVM runs,
     * machines and library patch releases.
     *
     * @return the description
     */
    String cacheKey();

    /**
     * Digests the {@link #cacheKey()}: the first {@value #HASH_LENGTH} hex digits of its
     * SHA-256.
     *
     * @return the hash that names the cache file
     */
    default String hash() {
        return Hashing.sha256Hex(cacheKey(), HASH_LENGTH);
    }

    /**
     * Returns the output format, known without generating.
     *
     * @return the format of what {@link #generate()} returns
     */
    ImageFormat format();

    /**
     * Returns the source, for generators that have one.
     *
     * @return the source, or empty
     */
    default Optional<Source> source() {
        return Optional.empty();
    }

    /**
     * Predicts the output size without generating, when the generator can: a spec reads its
     * source's header and asks its processors. May read the storage; never decodes pixels.
     *
     * @return the size {@link #generate()} will produce, or empty when it cannot be told
     */
    default Optional<Size> predictSize() {
        return Optional.empty();
    }
}
