/**
 * Distributed generation on JobRunr: {@link io.github.jimagekit.jobrunr.JobRunrBackend} enqueues
 * each cache file's {@link io.github.jimagekit.jobrunr.GenerationRecipe}, and every node's
 * {@link io.github.jimagekit.jobrunr.JobRunrWorker} generates it against its own kit.
 */
package io.github.jimagekit.jobrunr;
