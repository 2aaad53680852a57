/**
 * Decoding and encoding: the {@link io.github.jimagekit.codec.ImageDecoder} and
 * {@link io.github.jimagekit.codec.ImageEncoder} SPIs, the values they exchange, and the
 * {@link io.github.jimagekit.codec.Imaging} engine that runs a spec's processors between them.
 */
package io.github.jimagekit.codec;
