/**
 * Image transformations: the {@link io.github.jimagekit.processor.Processor} interface and
 * pilkit's set, ported to give pilkit's pixels: resizes
 * ({@link io.github.jimagekit.processor.ResizeToFill},
 * {@link io.github.jimagekit.processor.ResizeToFit},
 * {@link io.github.jimagekit.processor.SmartResize},
 * {@link io.github.jimagekit.processor.Thumbnail}, …), crops and canvases
 * ({@link io.github.jimagekit.processor.Crop}, {@link io.github.jimagekit.processor.SmartCrop},
 * {@link io.github.jimagekit.processor.ResizeCanvas}, …), colour
 * ({@link io.github.jimagekit.processor.Adjust}, …) and orientation
 * ({@link io.github.jimagekit.processor.Transpose}); overlays that pilkit lacks
 * ({@link io.github.jimagekit.processor.Watermark},
 * {@link io.github.jimagekit.processor.Caption}); the
 * {@link io.github.jimagekit.processor.Anchor} points; the
 * {@link io.github.jimagekit.processor.ImageProperties} through which the imaging engine passes
 * EXIF orientation and shrink-on-load sizes; and the value types
 * {@link io.github.jimagekit.processor.Size}, {@link io.github.jimagekit.processor.Geometry}
 * and {@link io.github.jimagekit.processor.CacheKey}. See {@code docs/processors.md}.
 */
package io.github.jimagekit.processor;
