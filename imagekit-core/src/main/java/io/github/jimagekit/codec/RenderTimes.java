package io.github.jimagekit.codec;

/**
 * How long the imaging engine spent decoding the source and encoding the result of one image,
 * carried by the {@link EncodedImage} it returns so that the caching layer can report them
 * (the decode and encode timers of a metrics binder). A generator that does not go through the
 * engine returns {@link #UNMEASURED}.
 *
 * @param decodeNanos nanoseconds spent decoding pixels (the decoder and the conversion to
 *     sRGB), or -1 when not measured
 * @param encodeNanos nanoseconds spent in the encoder, or -1 when not measured
 */
public record RenderTimes(long decodeNanos, long encodeNanos) {

    /** The times of an image made without the engine: neither was measured. */
    public static final RenderTimes UNMEASURED = new RenderTimes(-1, -1);

    /**
     * Checks the values.
     *
     * @param decodeNanos at least 0, or -1 for not measured
     * @param encodeNanos at least 0, or -1 for not measured
     * @throws IllegalArgumentException when a value is below -1
     */
    public RenderTimes {
        if (decodeNanos < -1 || encodeNanos < -1) {
            throw new IllegalArgumentException("times must be at least 0, or -1 for not"
                    + " measured: decode " + decodeNanos + ", encode " + encodeNanos);
        }
    }

    /**
     * Tells whether the decode was timed.
     *
     * @return whether {@link #decodeNanos()} is a measurement
     */
    public boolean decodeMeasured() {
        return decodeNanos >= 0;
    }

    /**
     * Tells whether the encode was timed.
     *
     * @return whether {@link #encodeNanos()} is a measurement
     */
    public boolean encodeMeasured() {
        return encodeNanos >= 0;
    }
}
