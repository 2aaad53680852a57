package io.github.jimagekit.storage;

/**
 * How many calls that may reach a storage were made, by operation: what a page or a batch cost
 * in storage I/O. The kit counts the calls to each of its storages
 * ({@code ImageKit.storageStatistics()}); a status page shows them, tests assert on them.
 * {@link Storage#url} and {@link Storage#path} are pure computations and are not counted.
 */
public interface StorageStatistics {

    /** The counted operations. */
    enum Operation {
        /** {@link Storage#exists}. */
        EXISTS,
        /** {@link Storage#stat}. */
        STAT,
        /** {@link Storage#open}, {@link Storage#read} and {@link Storage#readPrefix}. */
        OPEN,
        /** {@link Storage#save}. */
        SAVE,
        /** {@link Storage#delete}. */
        DELETE,
        /** {@link Storage#list}. */
        LIST
    }

    /**
     * Returns how often an operation was called.
     *
     * @param operation the operation
     * @return the count since creation or the last {@link #reset()}
     */
    long count(Operation operation);

    /**
     * Returns how many calls reached the storage.
     *
     * @return the sum over all operations
     */
    long total();

    /** Sets every count to zero. */
    void reset();
}
