package io.github.jimagekit.status;

import java.util.Objects;

/**
 * A kit's health: whether it can still make images. Failed generations do not make a kit
 * unhealthy (one broken upload must not take a server out of its load balancer); they are a
 * figure to watch, {@link #failuresLastMinute()}.
 *
 * @param storage            whether a file can be saved in and deleted from the cache-file
 *     storage
 * @param stateCache         whether the state cache is open and answers
 * @param failuresLastMinute how many generations failed in the last minute
 */
public record KitHealth(Check storage, Check stateCache, long failuresLastMinute) {

    /**
     * Checks the values.
     *
     * @param storage            not null
     * @param stateCache         not null
     * @param failuresLastMinute not negative
     */
    public KitHealth {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(stateCache, "stateCache");
        if (failuresLastMinute < 0) {
            throw new IllegalArgumentException("failures must not be negative: "
                    + failuresLastMinute);
        }
    }

    /**
     * Tells whether the kit can make images: its storage is writable and its state cache open.
     *
     * @return whether both checks passed
     */
    public boolean isUp() {
        return storage.ok() && stateCache.ok();
    }
}
