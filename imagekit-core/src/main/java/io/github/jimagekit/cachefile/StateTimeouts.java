package io.github.jimagekit.cachefile;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a {@link StateCache} keeps each kind of state.
 *
 * @param exists     how long an existing file is remembered; empty for forever (the default,
 *     since cache files are named by content and never change)
 * @param missing    how long a missing file is remembered (default 5 s)
 * @param failure    how long a failed generation is remembered (default 5 s)
 * @param lease      how long a generation may hold its lease (default 60 s)
 */
public record StateTimeouts(Optional<Duration> exists, Duration missing, Duration failure,
        Duration lease) {

    /** The defaults: forever, 5 s, 5 s, 60 s. */
    public static final StateTimeouts DEFAULT = new StateTimeouts(Optional.empty(),
            Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(60));

    /**
     * Checks the values.
     *
     * @param exists  empty for forever
     * @param missing not negative
     * @param failure not negative
     * @param lease   positive
     */
    public StateTimeouts {
        Objects.requireNonNull(exists, "exists");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(lease, "lease");
        if (lease.isZero() || lease.isNegative()) {
            throw new IllegalArgumentException("lease must be positive: " + lease);
        }
    }

    /**
     * Returns how long a state is kept.
     *
     * @param state a state
     * @return the time to live; empty for forever
     */
    public Optional<Duration> timeToLive(CacheFileState state) {
        if (state instanceof CacheFileState.Exists) {
            return exists;
        }
        if (state instanceof CacheFileState.DoesNotExist) {
            return Optional.of(missing);
        }
        if (state instanceof CacheFileState.Failed) {
            return Optional.of(failure);
        }
        return Optional.of(lease);
    }
}
