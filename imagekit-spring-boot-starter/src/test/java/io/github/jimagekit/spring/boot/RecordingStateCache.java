package io.github.jimagekit.spring.boot;

import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.cachefile.StateTimeouts;
import io.github.jimagekit.testing.ForwardingStateCache;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/** An in-memory state cache that remembers being closed, to see the context close the kit. */
final class RecordingStateCache extends ForwardingStateCache {

    private final AtomicBoolean closed = new AtomicBoolean();

    RecordingStateCache() {
        super(StateCache.inMemory(StateTimeouts.DEFAULT, Clock.systemUTC(), ""));
    }

    boolean closed() {
        return closed.get();
    }

    @Override
    public void close() {
        closed.set(true);
        super.close();
    }
}
