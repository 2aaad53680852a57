/**
 * Interfaces applications implement and list in {@code META-INF/services}:
 * {@link io.github.jimagekit.spi.GeneratorLibrary} and
 * {@link io.github.jimagekit.source.SourceResolver}.
 */
package io.github.jimagekit.spi;
