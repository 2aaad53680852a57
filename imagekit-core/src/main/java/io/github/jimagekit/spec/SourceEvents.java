package io.github.jimagekit.spec;

import io.github.jimagekit.internal.Errors;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one {@link SourceGroup}: what a group that announces its own changes
 * delegates {@link SourceGroup#listen} to. Thread-safe.
 *
 * <pre>{@code
 * public final class PhotoGroup implements SourceGroup {
 *     private final SourceEvents events = new SourceEvents(this);
 *
 *     public Subscription listen(SourceListener listener) {
 *         return events.listen(listener);
 *     }
 *
 *     public void photoUploaded(Photo photo) {
 *         events.saved(photo.getImagePath());
 *     }
 *     // files() and contains() as usual
 * }
 * }</pre>
 */
public final class SourceEvents {

    private final SourceGroup group;
    private final List<SourceListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Creates an empty listener list.
     *
     * @param group the group whose events these are
     */
    public SourceEvents(SourceGroup group) {
        this.group = Objects.requireNonNull(group, "group");
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @return the subscription; closing it removes the listener
     */
    public SourceGroup.Subscription listen(SourceListener listener) {
        Objects.requireNonNull(listener, "listener");
        SourceListener entry = new Entry(listener);
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    /**
     * Tells every listener that a source was created or replaced.
     *
     * @param source the source (see {@link SourceListener#sourceSaved})
     * @throws RuntimeException the first listener's failure, after every listener was told
     */
    public void saved(Object source) {
        Objects.requireNonNull(source, "source");
        tell(l -> l.sourceSaved(group, source));
    }

    /**
     * Tells every listener that a source was deleted.
     *
     * @param source the source (see {@link SourceListener#sourceDeleted})
     * @throws RuntimeException the first listener's failure, after every listener was told
     */
    public void deleted(Object source) {
        Objects.requireNonNull(source, "source");
        tell(l -> l.sourceDeleted(group, source));
    }

    /**
     * Returns how many listeners there are.
     *
     * @return the count
     */
    public int size() {
        return listeners.size();
    }

    private void tell(Consumer<SourceListener> event) {
        Errors.forEach(listeners, event);
    }

    /** Wraps a listener so that subscribing one listener twice gives two removable entries. */
    private record Entry(SourceListener delegate) implements SourceListener {

        @Override
        public void sourceSaved(SourceGroup g, Object source) {
            delegate.sourceSaved(g, source);
        }

        @Override
        public void sourceDeleted(SourceGroup g, Object source) {
            delegate.sourceDeleted(g, source);
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
