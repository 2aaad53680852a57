package io.github.jimagekit.batch;

import io.github.jimagekit.registry.SourceGroupRegistration;
import java.util.List;

/**
 * Follows a batch run: the progress bar of {@code generateimages} is one. Methods are called
 * from the worker threads, concurrently; every one is a no-op by default.
 */
public interface BatchListener {

    /**
     * Called once before the first file.
     *
     * @param registrations the registrations that will be generated, in order
     * @param total         how many files there are, when counted first; else {@code -1}
     * @param warnings      what the user should know (a registration on an unknown generator,
     *     a pattern that selects generators without a source group)
     */
    default void started(List<SourceGroupRegistration> registrations, long total,
            List<String> warnings) {
    }

    /**
     * Called after each file.
     *
     * @param item what happened to it
     */
    default void done(BatchItem item) {
    }

    /**
     * Called once at the end.
     *
     * @param summary the counts
     */
    default void finished(BatchSummary summary) {
    }
}
