package io.github.jimagekit.codec.jpeg;

import java.io.IOException;

/**
 * Thrown when JPEG data is corrupt or truncated. The message starts with {@code "corrupt JPEG"}
 * or {@code "truncated JPEG"} and says what was wrong.
 */
final class JpegDecodeException extends IOException {

    private static final long serialVersionUID = 1L;

    private JpegDecodeException(String message) {
        super(message);
    }

    /**
     * Makes the exception for data that breaks the format.
     *
     * @param what what is wrong, for example {@code "huffman table 5 is not defined"}
     * @return the exception
     */
    static JpegDecodeException corrupt(String what) {
        return new JpegDecodeException("corrupt JPEG: " + what);
    }

    /**
     * Makes the exception for data that ends too early.
     *
     * @param what what was cut off, for example {@code "entropy-coded data of scan 3"}
     * @return the exception
     */
    static JpegDecodeException truncated(String what) {
        return new JpegDecodeException("truncated JPEG: " + what);
    }
}
