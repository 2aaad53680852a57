/**
 * The kit's bounded memo against the clear-when-full maps it replaced and against Caffeine:
 * {@link io.github.jimagekit.bench.memo.MemoBenchmark} (cost and hit rate of a lookup over a
 * working set below, at and above the capacity). Results are in {@code BENCHMARKS.md}.
 */
package io.github.jimagekit.bench.memo;
