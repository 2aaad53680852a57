package io.github.jimagekit.codec.jpeg;

import java.util.List;

/**
 * What a JPEG's SOF segment declares: the coding process, the image size and the components.
 */
final class Frame {

    /** SOF0: baseline sequential, Huffman coding. */
    static final int SOF_BASELINE = 0xC0;
    /** SOF1: extended sequential, Huffman coding. */
    static final int SOF_EXTENDED = 0xC1;
    /** SOF2: progressive, Huffman coding. */
    static final int SOF_PROGRESSIVE = 0xC2;

    /** The SOF marker, 0xC0 to 0xCF. */
    final int marker;
    /** The sample precision in bits. */
    final int precision;
    /** The width in pixels. */
    final int width;
    /** The height in pixels; 0 when a DNL segment gives it later. */
    final int height;
    /** The components in frame order. */
    final List<FrameComponent> components;
    /** The largest horizontal sampling factor. */
    final int maxH;
    /** The largest vertical sampling factor. */
    final int maxV;
    /** MCUs per row of an interleaved scan. */
    final int mcusPerLine;
    /** MCU rows of an interleaved scan. */
    final int mcusPerColumn;

    /**
     * Describes a frame.
     *
     * @param marker     the SOF marker
     * @param precision  the sample precision
     * @param width      the width
     * @param height     the height
     * @param components the components
     */
    Frame(int marker, int precision, int width, int height, List<FrameComponent> components) {
        this.marker = marker;
        this.precision = precision;
        this.width = width;
        this.height = height;
        this.components = List.copyOf(components);
        this.maxH = components.stream().mapToInt(c -> c.h).max().orElse(1);
        this.maxV = components.stream().mapToInt(c -> c.v).max().orElse(1);
        this.mcusPerLine = FrameComponent.ceilDiv(width, 8 * maxH);
        this.mcusPerColumn = FrameComponent.ceilDiv(Math.max(height, 1), 8 * maxV);
    }

    /**
     * Tells whether the frame is progressive.
     *
     * @return whether the SOF marker is SOF2
     */
    boolean progressive() {
        return marker == SOF_PROGRESSIVE;
    }

    /**
     * Tells whether this decoder supports the frame's coding process and sample layout:
     * baseline, extended or progressive Huffman coding of 8-bit samples, one or three
     * components with distinct identifiers, every sampling factor dividing the largest one by
     * 1, 2 or 4.
     *
     * @return whether the frame can be decoded here
     */
    boolean supported() {
        if (marker != SOF_BASELINE && marker != SOF_EXTENDED && marker != SOF_PROGRESSIVE) {
            return false;
        }
        if (precision != 8 || height == 0 || (components.size() != 1
                && components.size() != 3)) {
            return false;
        }
        for (FrameComponent c : components) {
            if (!powerOfTwoRatio(maxH, c.h) || !powerOfTwoRatio(maxV, c.v)
                    || component(c.id) != c) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds a component by its identifier.
     *
     * @param id the identifier a scan names
     * @return the component, or null
     */
    FrameComponent component(int id) {
        for (FrameComponent c : components) {
            if (c.id == id) {
                return c;
            }
        }
        return null;
    }

    private static boolean powerOfTwoRatio(int max, int factor) {
        return max % factor == 0 && (max / factor == 1 || max / factor == 2
                || max / factor == 4);
    }
}
