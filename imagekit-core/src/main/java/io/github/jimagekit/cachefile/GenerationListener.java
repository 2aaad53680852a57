package io.github.jimagekit.cachefile;

import io.github.jimagekit.codec.RenderTimes;
import java.util.Objects;

/**
 * Told how each generation of a cache file ended, on the thread that generated it: what a
 * metrics binder (such as {@code imagekit-micrometer}'s) records. Register one with
 * {@link CacheStatistics#addListener}.
 *
 * <p>Listeners are called only when an image is generated, never on a request for a file
 * that is known to exist, so the warm path costs the same with or without them. They must be
 * quick and thread-safe; an exception one throws is logged and does not change the
 * generation's outcome.
 */
public interface GenerationListener {

    /**
     * One cache file generated and saved.
     *
     * @param spec      the generator id of a spec ({@code "imagekit:thumbnail"}), else the
     *     generator's class name
     * @param name      the cache file's name
     * @param nanos     the whole generation: reading the source, decoding, processing,
     *     encoding and saving
     * @param saveNanos the save alone
     * @param render    the decode and encode times, when the imaging engine made the image
     */
    record Generated(String spec, String name, long nanos, long saveNanos, RenderTimes render) {

        /**
         * Checks the values.
         *
         * @param spec      the generator id
         * @param name      the cache file's name
         * @param nanos     the whole generation, at least 0
         * @param saveNanos the save, at least 0
         * @param render    the decode and encode times
         */
        public Generated {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(render, "render");
            if (nanos < 0 || saveNanos < 0) {
                throw new IllegalArgumentException("times must be at least 0: " + nanos + ", "
                        + saveNanos);
            }
        }
    }

    /**
     * One generation that failed.
     *
     * @param spec  the generator id of a spec, else the generator's class name
     * @param name  the cache file's name
     * @param cause why it failed
     */
    record Failed(String spec, String name, FailureCause cause) {

        /**
         * Checks the values.
         *
         * @param spec  the generator id
         * @param name  the cache file's name
         * @param cause why it failed
         */
        public Failed {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cause, "cause");
        }
    }

    /**
     * Called after a cache file was generated and saved, and its state recorded.
     *
     * @param generation what was generated, and how long it took
     */
    default void generated(Generated generation) {
    }

    /**
     * Called after a generation failed and the failure was recorded.
     *
     * @param failure what failed, and why
     */
    default void failed(Failed failure) {
    }
}
