/**
 * The kit's bounded memo against the clear-when-full maps it replaced and against Caffeine:
 * {@link io.github.jimagekit.bench.memo.MemoBenchmark} (cost and hit rate of a lookup over a
 * working set below, at and above the capacity), {@link
 * io.github.jimagekit.bench.memo.KitWorkingSetBenchmark} (the kit's warm thumbnail lookup over
 * such working sets) and {@link io.github.jimagekit.bench.memo.CpuTimePerCall} (CPU time per
 * call, for a loaded machine). Results are in {@code BENCHMARKS.md}.
 */
package io.github.jimagekit.bench.memo;
