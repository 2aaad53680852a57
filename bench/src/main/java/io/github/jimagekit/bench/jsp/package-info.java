/**
 * Benchmarks of the JSP tags: {@link io.github.jimagekit.bench.jsp.TagPageBenchmark} renders a
 * page of 100 {@code <ik:thumbnail>} tags against the same page written with plain
 * {@code <img>} elements, on embedded Jetty with Apache Jasper. Results are in
 * {@code BENCHMARKS.md}.
 */
package io.github.jimagekit.bench.jsp;
