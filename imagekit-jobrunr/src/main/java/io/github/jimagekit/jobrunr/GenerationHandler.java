package io.github.jimagekit.jobrunr;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheFileBackend;
import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.ImageKitException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Optional;
import org.jobrunr.JobRunrException;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * Runs a {@link GenerationRecipe} on a worker, against the worker's own kit: makes the cache
 * file again from the generator id and arguments, then generates it as the synchronous backend
 * does, so the state cache's lease still decides which node generates and a file that exists
 * costs nothing.
 *
 * <p>Failures: a storage error (an {@link IOException} under the failure) is thrown as it is,
 * so JobRunr retries the job with its back-off; anything else (a bad or too large image, a
 * missing source, an unknown generator, a recipe that makes another file here) fails the job
 * with JobRunr's "do not retry" mark, and the kit's state cache keeps the failure.
 */
public final class GenerationHandler implements JobRequestHandler<GenerationRecipe> {

    private static final System.Logger LOG = System.getLogger(GenerationHandler.class.getName());

    private final ImageKit kit;

    /**
     * Creates the handler of a node.
     *
     * @param kit the node's kit, whose generators, storage and state cache are used
     */
    public GenerationHandler(ImageKit kit) {
        this.kit = Objects.requireNonNull(kit, "kit");
    }

    /**
     * Generates the recipe's cache file unless it exists.
     *
     * @param recipe the job's recipe
     * @throws GenerationFailedException when a storage error failed it (JobRunr retries)
     * @throws JobRunrException marked not to be retried, for any other failure
     */
    @Override
    public void run(GenerationRecipe recipe) {
        ImageCacheFile file = remake(recipe);
        StateCache states = kit.cacheFiles().stateCache();
        Optional<CacheFileState> state = states.get(file.name());
        if (state.isPresent() && state.get() instanceof CacheFileState.Failed f
                && f.isValid(System.currentTimeMillis())) {
            if (jobContext().amountOfFailures() == 0) {
                // another job failed on this file just now: that failure stands
                LOG.log(Level.DEBUG, "\"" + file.name() + "\" failed just now, not retried");
                return;
            }
            // this job's own earlier attempt failed on the storage: try again now
            states.replace(file.name(), f, CacheFileState.DoesNotExist.INSTANCE);
        }
        try {
            CacheFileBackend.simple().generate(file, recipe.force());
        } catch (GenerationFailedException e) {
            if (isTransient(e)) {
                throw e;
            }
            throw doNotRetry(e.getMessage(), e);
        }
    }

    private ImageCacheFile remake(GenerationRecipe recipe) {
        ImageCacheFile file;
        try {
            file = kit.cacheFile(recipe.generatorId(), recipe.arguments());
        } catch (ImageKitException | IllegalArgumentException e) {
            throw doNotRetry("cannot make cache file \"" + recipe.cacheFile() + "\" here: "
                    + e.getMessage(), e);
        }
        if (!file.name().equals(recipe.cacheFile())) {
            throw doNotRetry("generator \"" + recipe.generatorId() + "\" with "
                    + recipe.arguments() + " makes \"" + file.name() + "\" on this node, not \""
                    + recipe.cacheFile() + "\": do all nodes run the same generators and"
                    + " settings?", null);
        }
        return file;
    }

    /** Tells whether a storage error, and no image error, is under a failure. */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ImageKitException) {
                return false;
            }
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }

    private static JobRunrException doNotRetry(String message, Throwable cause) {
        return new JobRunrException(message, true, cause);
    }
}
