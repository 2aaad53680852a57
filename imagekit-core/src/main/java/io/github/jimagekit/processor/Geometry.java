package io.github.jimagekit.processor;

import io.github.jimagekit.error.InvalidGeometryException;
import java.util.Optional;

/**
 * A thumbnail geometry as templates write it: {@code "200x200"}, {@code "200x"} (width only)
 * or {@code "x200"} (height only), as in django-imagekit's {@code {% thumbnail %}} tag.
 *
 * @param width  the width, or {@code null} when only the height is given
 * @param height the height, or {@code null} when only the width is given
 */
public record Geometry(Integer width, Integer height) {

    /** The largest side accepted; larger values are almost certainly a typo or an attack. */
    public static final int MAX_SIDE = 16_384;

    /**
     * Checks the sides.
     *
     * @param width  the width, or {@code null}
     * @param height the height, or {@code null}
     * @throws InvalidGeometryException when both are absent or one is out of range
     */
    public Geometry {
        if (width == null && height == null) {
            throw new InvalidGeometryException("geometry needs a width, a height or both");
        }
        checkSide("width", width);
        checkSide("height", height);
    }

    /**
     * Parses a geometry string.
     *
     * @param text {@code "WxH"}, {@code "Wx"} or {@code "xH"}, with W and H whole numbers from 1
     *     to {@value #MAX_SIDE}; surrounding whitespace is ignored
     * @return the geometry
     * @throws InvalidGeometryException naming the text when it is malformed or out of range
     */
    public static Geometry parse(String text) {
        if (text == null) {
            throw new InvalidGeometryException("geometry must not be null");
        }
        String t = text.strip();
        int x = t.indexOf('x');
        if (x < 0 || x != t.lastIndexOf('x') || t.length() == 1) {
            throw new InvalidGeometryException("geometry \"" + text
                    + "\" is not of the form WxH, Wx or xH (for example \"200x200\")");
        }
        Integer w = side(text, t.substring(0, x));
        Integer h = side(text, t.substring(x + 1));
        try {
            return new Geometry(w, h);
        } catch (InvalidGeometryException e) {
            throw new InvalidGeometryException("geometry \"" + text + "\": " + e.getMessage());
        }
    }

    /**
     * Returns the width.
     *
     * @return the width, or empty
     */
    public Optional<Integer> optionalWidth() {
        return Optional.ofNullable(width);
    }

    /**
     * Returns the height.
     *
     * @return the height, or empty
     */
    public Optional<Integer> optionalHeight() {
        return Optional.ofNullable(height);
    }

    @Override
    public String toString() {
        return (width == null ? "" : width.toString()) + "x"
                + (height == null ? "" : height.toString());
    }

    private static Integer side(String text, String digits) {
        if (digits.isEmpty()) {
            return null;
        }
        if (digits.length() > 9 || !isDigits(digits)) {
            throw new InvalidGeometryException("geometry \"" + text + "\": \"" + digits
                    + "\" is not a whole number from 1 to " + MAX_SIDE);
        }
        return Integer.valueOf(digits);
    }

    /** A loop rather than a stream: templates parse a geometry on every render. */
    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkSide(String name, Integer value) {
        if (value != null && (value < 1 || value > MAX_SIDE)) {
            throw new InvalidGeometryException(name + " must be from 1 to " + MAX_SIDE + ", was "
                    + value);
        }
    }
}
