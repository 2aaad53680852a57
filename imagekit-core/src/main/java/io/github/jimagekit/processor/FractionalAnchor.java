package io.github.jimagekit.processor;

/**
 * An anchor point that is not one of the nine named ones: pilkit's {@code (x, y)} tuple.
 *
 * @param x the horizontal fraction, 0 to 1
 * @param y the vertical fraction, 0 to 1
 */
record FractionalAnchor(double x, double y) implements AnchorPoint {

    @Override
    public String cacheKey() {
        return "(" + CacheKey.number(x) + "," + CacheKey.number(y) + ")";
    }

    @Override
    public String toString() {
        return cacheKey();
    }
}
