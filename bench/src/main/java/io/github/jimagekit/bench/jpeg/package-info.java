/**
 * Benchmarks and measurements of the DCT-scaling JPEG decoder
 * ({@link io.github.jimagekit.codec.JpegDctDecoder}) against ImageIO over the peer-bench
 * photo corpus: {@link io.github.jimagekit.bench.jpeg.JpegDecodeBenchmark} (JMH speed),
 * {@link io.github.jimagekit.bench.jpeg.QualityReport} (SSIM/PSNR against pilkit's
 * thumbnails) and {@link io.github.jimagekit.bench.jpeg.HeapProbe} (memory).
 */
package io.github.jimagekit.bench.jpeg;
