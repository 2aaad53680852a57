/**
 * Resampling quality and pilkit parity: {@link io.github.jimagekit.bench.quality.ResizeQuality}
 * (against Pillow, with the references from {@code bench/quality/pillow_reference.py}),
 * {@link io.github.jimagekit.bench.quality.PilkitFidelity} (every processor against pilkit,
 * from {@code bench/quality/pilkit_processors.py}) and the JMH
 * {@link io.github.jimagekit.bench.quality.ResizeBenchmark}.
 */
package io.github.jimagekit.bench.quality;
