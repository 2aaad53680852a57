/**
 * Benchmarks and measurements of the imaging engine: {@link
 * io.github.jimagekit.bench.codec.SubsampledDecodeBenchmark} (speed and allocation of subsampled
 * vs full decode), {@link io.github.jimagekit.bench.codec.RenderOnce} (for the smallest heap
 * that still renders) and {@link io.github.jimagekit.bench.codec.SubsamplingQuality} (what the
 * subsampling costs in PSNR/SSIM). Results are in {@code imagekit-core/docs/codecs.md}.
 */
package io.github.jimagekit.bench.codec;
