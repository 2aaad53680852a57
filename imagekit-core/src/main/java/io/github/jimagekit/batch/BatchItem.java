package io.github.jimagekit.batch;

import java.util.Objects;

/**
 * What batch generation did with one cache file: one generator over one source.
 *
 * @param generatorId the generator's id
 * @param source      the source's storage name (for a source group that could not be listed,
 *     a description of the group)
 * @param cacheFile   the cache file's name, or {@code ""} when it could not be named
 * @param outcome     what happened
 * @param message     the error for {@link Outcome#FAILED} and {@link Outcome#MISSING_SOURCE},
 *     else {@code ""}
 */
public record BatchItem(String generatorId, String source, String cacheFile, Outcome outcome,
        String message) {

    /** What happened to one cache file. */
    public enum Outcome {
        /** The file was generated (or regenerated with {@code --force}). */
        GENERATED,
        /** The file was handed to a distributed backend, whose workers generate it. */
        ENQUEUED,
        /** The file does not exist; a dry run only lists it. */
        WOULD_GENERATE,
        /** The file exists already (the state cache or one storage check said so). */
        ALREADY_THERE,
        /** The group listed the source, but it does not exist. */
        MISSING_SOURCE,
        /** Generating failed: a bad image, a bad argument, a storage error. */
        FAILED
    }

    /**
     * Checks the values.
     *
     * @param generatorId the generator's id
     * @param source      the source's name
     * @param cacheFile   the cache file's name or {@code ""}
     * @param outcome     the outcome
     * @param message     the error or {@code ""}
     */
    public BatchItem {
        Objects.requireNonNull(generatorId, "generatorId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cacheFile, "cacheFile");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return generatorId + " " + source + (message.isEmpty() ? "" : ": " + message);
    }
}
