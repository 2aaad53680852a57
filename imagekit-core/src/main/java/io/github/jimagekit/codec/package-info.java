/**
 * Decoding and encoding: the {@link io.github.jimagekit.codec.Imaging} engine that runs a spec's
 * processors between a decoder and an encoder (made with {@code Imaging.builder()}; the kit
 * makes its own from the {@code imagekit.image.*} settings), the
 * {@link io.github.jimagekit.codec.ImageDecoder} and
 * {@link io.github.jimagekit.codec.ImageEncoder} SPIs with their ImageIO implementations
 * ({@link io.github.jimagekit.codec.ImageIoDecoder},
 * {@link io.github.jimagekit.codec.ImageIoEncoder}), and the values they exchange. The render
 * pipeline and its measurements are described in
 * {@code imagekit-core/docs/codecs.md}.
 */
package io.github.jimagekit.codec;
