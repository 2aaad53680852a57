package io.github.jimagekit.processor;

import java.util.Locale;
import java.util.Objects;

/**
 * The nine named anchor points of django-imagekit and pilkit ({@code pilkit.processors.Anchor}),
 * with their fractions of the width and height. {@link #of(double, double)} gives any other
 * point, as pilkit's {@code (x, y)} tuples do.
 *
 * <p>Short names are pilkit's ({@code "tl"}, {@code "c"}, …); {@link #parse(String)} also takes
 * long ones such as {@code "top-left"} and {@code "center"}, ignoring case.
 */
public enum Anchor implements AnchorPoint {

    /** Top-left corner, {@code "tl"}: (0, 0). */
    TOP_LEFT("tl", "top-left", 0, 0),
    /** Middle of the top edge, {@code "t"}: (0.5, 0). */
    TOP("t", "top", 0.5, 0),
    /** Top-right corner, {@code "tr"}: (1, 0). */
    TOP_RIGHT("tr", "top-right", 1, 0),
    /** Middle of the left edge, {@code "l"}: (0, 0.5). */
    LEFT("l", "left", 0, 0.5),
    /** Centre, {@code "c"}: (0.5, 0.5); the default wherever an anchor is optional. */
    CENTER("c", "center", 0.5, 0.5),
    /** Middle of the right edge, {@code "r"}: (1, 0.5). */
    RIGHT("r", "right", 1, 0.5),
    /** Bottom-left corner, {@code "bl"}: (0, 1). */
    BOTTOM_LEFT("bl", "bottom-left", 0, 1),
    /** Middle of the bottom edge, {@code "b"}: (0.5, 1). */
    BOTTOM("b", "bottom", 0.5, 1),
    /** Bottom-right corner, {@code "br"}: (1, 1). */
    BOTTOM_RIGHT("br", "bottom-right", 1, 1);

    private final String shortName;
    private final String longName;
    private final double x;
    private final double y;

    Anchor(String shortName, String longName, double x, double y) {
        this.shortName = shortName;
        this.longName = longName;
        this.x = x;
        this.y = y;
    }

    /**
     * Parses an anchor name, ignoring case and surrounding whitespace: a short name
     * ({@code c t b l r tl tr bl br}), a long one ({@code center}, {@code top-left}, …), or a
     * long one with {@code _} or a space for {@code -}; {@code centre} is accepted too.
     *
     * @param name the name
     * @return the anchor
     * @throws IllegalArgumentException naming the value and listing the accepted names
     */
    public static Anchor parse(String name) {
        Objects.requireNonNull(name, "anchor");
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (n.equals("centre")) {
            return CENTER;
        }
        for (Anchor a : values()) {
            if (a.shortName.equals(n) || a.longName.equals(n)) {
                return a;
            }
        }
        throw new IllegalArgumentException("anchor \"" + name + "\" is not one of c, t, b, l,"
                + " r, tl, tr, bl, br (or center, top, bottom, left, right, top-left, top-right,"
                + " bottom-left, bottom-right)");
    }

    /**
     * Returns the point at fractions of the width and height: the named constant when there is
     * one, so that {@code of(0.5, 0.5)} is {@link #CENTER}.
     *
     * @param x the horizontal fraction, 0 (left) to 1 (right)
     * @param y the vertical fraction, 0 (top) to 1 (bottom)
     * @return the point
     * @throws IllegalArgumentException when a fraction is not within 0 to 1
     */
    public static AnchorPoint of(double x, double y) {
        checkFraction("x", x);
        checkFraction("y", y);
        for (Anchor a : values()) {
            if (a.x == x && a.y == y) {
                return a;
            }
        }
        return new FractionalAnchor(x, y);
    }

    private static void checkFraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("anchor " + name + " must be from 0 to 1, was "
                    + v);
        }
    }

    /**
     * Returns pilkit's short name.
     *
     * @return for example {@code "tl"}
     */
    public String shortName() {
        return shortName;
    }

    @Override
    public double x() {
        return x;
    }

    @Override
    public double y() {
        return y;
    }

    @Override
    public String cacheKey() {
        return shortName;
    }
}
