/**
 * Shared test fakes, published as core's test-jar: images made in code, image metrics, and
 * (with the caching layer) a counting storage and a counting generator, and a test gallery
 * (its photos on disk and its generator library).
 */
package io.github.jimagekit.testing;
