/**
 * Batch generation: {@link io.github.jimagekit.batch.BatchGenerator} generates the cache files
 * of the generators registered on source groups; the {@code generateimages} command of the
 * {@code imagekit-cli} module and start-up pregeneration run it. Generator ids are selected
 * with {@link io.github.jimagekit.batch.GeneratorIdPattern}.
 */
package io.github.jimagekit.batch;
