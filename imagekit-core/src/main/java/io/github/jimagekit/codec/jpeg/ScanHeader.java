package io.github.jimagekit.codec.jpeg;

/**
 * What an SOS segment declares: the components of the scan with their Huffman tables, and for
 * progressive scans the spectral band and the successive-approximation bits.
 */
final class ScanHeader {

    /** The components, in scan order. */
    final FrameComponent[] components;
    /** The DC Huffman table selector of each component. */
    final int[] dcTables;
    /** The AC Huffman table selector of each component. */
    final int[] acTables;
    /** The first coefficient of the band, in zig-zag order. */
    final int ss;
    /** The last coefficient of the band, in zig-zag order. */
    final int se;
    /** The bit position of the previous scan of this band, 0 for a first scan. */
    final int ah;
    /** The bit position (point transform) of this scan. */
    final int al;
    /** The scan's number in the file, from 1, for messages. */
    final int number;

    /**
     * Describes a scan.
     *
     * @param components the components
     * @param dcTables   their DC table selectors
     * @param acTables   their AC table selectors
     * @param ss         the band start
     * @param se         the band end
     * @param ah         the previous bit position
     * @param al         the bit position
     * @param number     the scan's number
     */
    ScanHeader(FrameComponent[] components, int[] dcTables, int[] acTables, int ss, int se,
            int ah, int al, int number) {
        this.components = components;
        this.dcTables = dcTables;
        this.acTables = acTables;
        this.ss = ss;
        this.se = se;
        this.ah = ah;
        this.al = al;
        this.number = number;
    }

    /**
     * Tells whether the scan codes DC coefficients (a progressive DC scan or any sequential
     * scan).
     *
     * @return whether the band starts at coefficient 0
     */
    boolean dcBand() {
        return ss == 0;
    }

    /**
     * Names the scan's data for error messages.
     *
     * @return for example {@code "entropy-coded data of scan 3"}
     */
    String describe() {
        return "entropy-coded data of scan " + number;
    }
}
