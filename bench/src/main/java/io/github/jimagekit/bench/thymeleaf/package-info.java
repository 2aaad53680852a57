/**
 * Benchmarks of the Thymeleaf dialect: {@link
 * io.github.jimagekit.bench.thymeleaf.DialectBenchmark} (a warm page of 100 {@code ik:src}
 * images against the same page with plain {@code th:src}). Results are in
 * {@code BENCHMARKS.md}.
 */
package io.github.jimagekit.bench.thymeleaf;
