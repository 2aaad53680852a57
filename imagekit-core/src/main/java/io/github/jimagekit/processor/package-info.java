/**
 * Image transformations: the {@link io.github.jimagekit.processor.Processor} interface, the
 * pilkit set (resize, crop, smart crop, adjust, transpose, borders…), and the value types
 * {@link io.github.jimagekit.processor.Size} and {@link io.github.jimagekit.processor.Geometry}.
 */
package io.github.jimagekit.processor;
