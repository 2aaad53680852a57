/**
 * What metrics cost: {@link io.github.jimagekit.bench.metrics.MetricsOverheadBenchmark}, a warm
 * tag with and without an {@code ImageKitMetrics} bound to a registry, in the same run. Results
 * are in {@code BENCHMARKS.md}.
 */
package io.github.jimagekit.bench.metrics;
