package io.github.jimagekit.jobrunr;

import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.ForwardingStorage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storage that counts the saves of each name (shared by the nodes of a test) and fails the
 * first save of the names it is told to, as a storage that is briefly unreachable does.
 */
final class SavingStorage extends ForwardingStorage {

    private final Map<String, AtomicInteger> saves;
    private final Set<String> failOnce;

    SavingStorage(Storage delegate, Map<String, AtomicInteger> saves, Set<String> failOnce) {
        super(delegate);
        this.saves = saves;
        this.failOnce = failOnce;
    }

    @Override
    public void save(String name, InputStream content) throws IOException {
        if (failOnce.remove(name)) {
            throw new IOException("storage unreachable (first save of " + name + ")");
        }
        delegate().save(name, content);
        saves.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    }
}
