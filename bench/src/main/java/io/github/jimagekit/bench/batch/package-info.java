/**
 * Measurements of batch generation: {@link io.github.jimagekit.bench.batch.PeerWebapp} builds the
 * web application that {@code generateimages} pregenerates over the peer corpus, and
 * {@link io.github.jimagekit.bench.batch.FlatMemory} shows that memory stays flat over 100,000
 * and more sources.
 */
package io.github.jimagekit.bench.batch;
