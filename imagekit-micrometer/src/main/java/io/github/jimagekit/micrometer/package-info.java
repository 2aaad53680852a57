/**
 * Micrometer metrics for an {@code ImageKit}:
 * {@link io.github.jimagekit.micrometer.ImageKitMetrics} is a {@code MeterBinder} that reads the
 * kit's own counters (state-cache lookups, storage calls, the async queue, the generations under
 * way) and records each generation's outcome and times. The meters are listed in the module's
 * {@code README.md}.
 */
package io.github.jimagekit.micrometer;
