package io.github.jimagekit.source;

/**
 * Hears that a source was saved again or deleted, so that whatever was remembered of it
 * (versions, cache files, rendered tags) is dropped and the next request sees the new source.
 * The kit tells its listeners from {@code ImageKit.forgetFilesOf}, which the source events
 * ({@code sourceSaved}, {@code sourceDeleted}) call; the template renderer is one.
 */
@FunctionalInterface
public interface SourceChangeListener {

    /**
     * Drops what is remembered of a source.
     *
     * @param sourceName the source's storage name
     */
    void sourceChanged(String sourceName);
}
