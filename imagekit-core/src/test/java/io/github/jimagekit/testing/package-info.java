/**
 * Shared test fakes, published as core's test-jar: images made in code, image metrics, and
 * (with the caching layer) a counting storage and a counting generator.
 */
package io.github.jimagekit.testing;
