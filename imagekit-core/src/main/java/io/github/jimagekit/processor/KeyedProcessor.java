package io.github.jimagekit.processor;

/**
 * A processor whose identity is its cache key: {@code equals}, {@code hashCode} and
 * {@code toString} all follow {@link #cacheKey()}, so two processors are equal exactly when
 * they would name the same cache files.
 */
abstract class KeyedProcessor implements Processor {

    private final String key;

    /**
     * Fixes the key.
     *
     * @param key the finished description of this processor and its parameters
     */
    KeyedProcessor(CacheKey key) {
        this.key = key.toString();
    }

    @Override
    public final String cacheKey() {
        return key;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && key.equals(((KeyedProcessor) o).key);
    }

    @Override
    public final int hashCode() {
        return key.hashCode();
    }

    @Override
    public final String toString() {
        return key;
    }
}
