/**
 * Batch generation: {@link io.github.jimagekit.batch.BatchGenerator} generates the cache files
 * of the generators registered on source groups, and
 * {@link io.github.jimagekit.batch.GenerateImages} is the {@code generateimages} command over
 * it. Generator ids are selected with django-imagekit's glob patterns, and
 * {@link io.github.jimagekit.batch.Pregeneration} runs a batch in the background at start-up.
 */
package io.github.jimagekit.batch;
