/**
 * Batch generation: {@link io.github.jimagekit.batch.BatchGenerator} generates the cache files
 * of the generators registered on source groups, selected with django-imagekit's glob patterns.
 * The {@code generateimages} command of the {@code imagekit-cli} module runs it, and
 * {@link io.github.jimagekit.batch.Pregeneration} runs it in the background at start-up.
 */
package io.github.jimagekit.batch;
