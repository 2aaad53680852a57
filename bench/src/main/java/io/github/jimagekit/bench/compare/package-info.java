/**
 * The side-by-side comparison with django-imagekit that {@code bench/compare.sh} runs: each
 * class here measures one figure of our side on the peer's corpus and prints it as one
 * {@code key=value} line, which {@link io.github.jimagekit.bench.compare.ComparisonReport}
 * turns, with the peer's own output, into the table of {@code BENCHMARKS.md}.
 */
package io.github.jimagekit.bench.compare;
