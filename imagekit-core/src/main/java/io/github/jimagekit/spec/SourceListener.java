package io.github.jimagekit.spec;

/**
 * Receives the events a {@link SourceGroup} announces. Each {@code ImageKit} listens to the
 * groups registered in it and relays an event to the generators registered on that group.
 */
public interface SourceListener {

    /**
     * Called when a source of the group was created or replaced.
     *
     * @param group  the group announcing it
     * @param source the source: a storage name, a {@link io.github.jimagekit.source.Source}, or
     *     any value the application's source resolvers handle
     */
    void sourceSaved(SourceGroup group, Object source);

    /**
     * Called when a source of the group was deleted.
     *
     * @param group  the group announcing it
     * @param source the source, as for {@link #sourceSaved}
     */
    void sourceDeleted(SourceGroup group, Object source);
}
