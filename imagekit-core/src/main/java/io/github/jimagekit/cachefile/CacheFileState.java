package io.github.jimagekit.cachefile;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the {@link StateCache} knows about one cache file. Serializable so that a persistent
 * state cache tier survives a restart.
 */
public sealed interface CacheFileState extends Serializable {

    /**
     * The file exists. Its size is kept so that {@code width}/{@code height} never read it.
     *
     * @param width  the width in pixels
     * @param height the height in pixels
     * @param format the format's name, such as {@code "JPEG"}
     * @param bytes  the file's length
     */
    record Exists(int width, int height, String format, long bytes) implements CacheFileState {

        private static final long serialVersionUID = 1L;

        /**
         * Checks the values.
         *
         * @param width  at least 1
         * @param height at least 1
         * @param format the format's name
         * @param bytes  not negative
         */
        public Exists {
            if (width < 1 || height < 1 || bytes < 0) {
                throw new IllegalArgumentException("bad state: " + width + "x" + height + ", "
                        + bytes + " bytes");
            }
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * A generation is under way: a lease held by one {@code ImageKit} until a deadline, so that
     * a crashed generation cannot wedge the file; after the deadline, another may take over.
     *
     * @param owner      the id of the {@code ImageKit} generating
     * @param leaseUntil the deadline, in epoch milliseconds
     */
    record Generating(String owner, long leaseUntil) implements CacheFileState {

        private static final long serialVersionUID = 1L;

        /**
         * Checks the values.
         *
         * @param owner      the generating instance's id
         * @param leaseUntil the deadline
         */
        public Generating {
            Objects.requireNonNull(owner, "owner");
        }

        /**
         * Tells whether the lease still holds.
         *
         * @param nowMillis the current time in epoch milliseconds
         * @return whether the deadline is in the future
         */
        public boolean isValid(long nowMillis) {
            return nowMillis < leaseUntil;
        }
    }

    /**
     * The file was checked and found missing; remembered briefly
     * ({@code imagekit.cache.missing-timeout}).
     */
    record DoesNotExist() implements CacheFileState {

        private static final long serialVersionUID = 1L;

        /** The one instance. */
        public static final DoesNotExist INSTANCE = new DoesNotExist();
    }

    /**
     * The last generation failed; every request until the deadline gets the same error, then the
     * next one retries ({@code imagekit.cache.failure-timeout}).
     *
     * @param message the error, naming the spec and the source
     * @param until   the deadline, in epoch milliseconds
     */
    record Failed(String message, long until) implements CacheFileState {

        private static final long serialVersionUID = 1L;

        /**
         * Checks the values.
         *
         * @param message the error
         * @param until   the deadline
         */
        public Failed {
            Objects.requireNonNull(message, "message");
        }

        /**
         * Tells whether the failure is still remembered.
         *
         * @param nowMillis the current time in epoch milliseconds
         * @return whether the deadline is in the future
         */
        public boolean isValid(long nowMillis) {
            return nowMillis < until;
        }
    }
}
