/**
 * Batch generation: {@link io.github.jimagekit.batch.BatchGenerator} generates the cache files
 * of the generators registered on source groups, and
 * {@link io.github.jimagekit.batch.GenerateImages} is the {@code generateimages} command over
 * it. Generator ids are selected with {@link io.github.jimagekit.batch.GeneratorIdPattern}.
 */
package io.github.jimagekit.batch;
