package io.github.jimagekit.codec;

import io.github.jimagekit.processor.Size;
import java.io.IOException;
import java.util.Optional;

/**
 * Turns encoded bytes into pixels. Decoders are tried in order; each may decline an input
 * (empty result) so that the next one decodes it: a fast JPEG decoder declines arithmetic
 * coding, the ImageIO decoder handles what is left.
 *
 * <p>Orientation and colour management are not the decoder's job: {@link Imaging} applies
 * them the same way whichever decoder ran.
 */
public interface ImageDecoder {

    /**
     * Reads an image's header without decoding pixels.
     *
     * @param data the encoded image
     * @return the header, or empty when this decoder does not read this format
     * @throws IOException when the data is corrupt or truncated
     */
    Optional<ImageHeader> readHeader(ImageData data) throws IOException;

    /**
     * Decodes an image, as small as allowed: the result must be at least {@code atLeast} in
     * both dimensions (or the full stored size, when that is smaller) and may be any larger
     * size with about the same aspect ratio.
     *
     * @param data    the encoded image
     * @param header  its header, as read by a decoder
     * @param atLeast the smallest acceptable size, in stored (not oriented) orientation
     * @return the pixels, or empty when this decoder declines this input
     * @throws IOException when the data is corrupt or truncated
     */
    Optional<DecodedImage> decode(ImageData data, ImageHeader header, Size atLeast)
            throws IOException;
}
