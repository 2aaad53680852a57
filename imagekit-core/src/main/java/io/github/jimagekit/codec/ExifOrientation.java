package io.github.jimagekit.codec;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.WritableRaster;
import java.util.Hashtable;

/**
 * EXIF orientation for the render pipeline: applies it, or records it on the image for a
 * later {@code Transpose.auto()} processor when {@code imagekit.image.auto-orient} is off.
 *
 * <p>{@link #apply} is an interim copy of {@code io.github.jimagekit.processor.Transpose.orient},
 * written in parallel with it and with the same semantics; once that class is merged, the
 * render pipeline calls it and {@link #apply} goes away.
 */
final class ExifOrientation {

    /**
     * The {@link BufferedImage} property that carries the EXIF orientation (an
     * {@link Integer} from 1 to 8) when the pipeline does not apply it.
     */
    static final String PROPERTY = "imagekit.orientation";

    private ExifOrientation() {
    }

    /**
     * Returns the image as it is meant to be displayed, per the EXIF specification: the
     * orientation tells where the stored 0th row and 0th column go.
     *
     * <table>
     *   <caption>EXIF orientations</caption>
     *   <tr><th>value</th><th>0th row</th><th>0th column</th><th>operation</th></tr>
     *   <tr><td>1</td><td>top</td><td>left</td><td>none</td></tr>
     *   <tr><td>2</td><td>top</td><td>right</td><td>mirror left-right</td></tr>
     *   <tr><td>3</td><td>bottom</td><td>right</td><td>rotate 180°</td></tr>
     *   <tr><td>4</td><td>bottom</td><td>left</td><td>mirror top-bottom</td></tr>
     *   <tr><td>5</td><td>left</td><td>top</td><td>transpose</td></tr>
     *   <tr><td>6</td><td>right</td><td>top</td><td>rotate 90° clockwise</td></tr>
     *   <tr><td>7</td><td>right</td><td>bottom</td><td>transverse</td></tr>
     *   <tr><td>8</td><td>left</td><td>bottom</td><td>rotate 90° counter-clockwise</td></tr>
     * </table>
     *
     * @param image       the stored pixels
     * @param orientation the EXIF orientation, 1 to 8
     * @return the oriented image; {@code image} itself for orientation 1
     * @throws IllegalArgumentException when the orientation is not from 1 to 8
     */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("orientation must be from 1 to 8, was "
                    + orientation);
        }
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        ColorModel cm = image.getColorModel();
        // the raster's own factory keeps the sample layout, and so the image type
        WritableRaster out = image.getRaster().createCompatibleWritableRaster(ow, oh);
        BufferedImage result = new BufferedImage(cm, out, cm.isAlphaPremultiplied(), null);
        if (IntPixels.isPlainInts(image) && IntPixels.isPlainInts(result)) {
            int[] src = IntPixels.data(image);
            int[] dst = IntPixels.data(result);
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    dst[y * ow + x] = src[sourceIndex(orientation, x, y, w, h)];
                }
            }
        } else {
            WritableRaster in = image.getRaster();
            Object pixel = null;
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    int i = sourceIndex(orientation, x, y, w, h);
                    pixel = in.getDataElements(in.getMinX() + i % w, in.getMinY() + i / w,
                            pixel);
                    out.setDataElements(x, y, pixel);
                }
            }
        }
        return result;
    }

    /** Where the displayed pixel (x, y) is stored, as {@code sy * w + sx}. */
    private static int sourceIndex(int orientation, int x, int y, int w, int h) {
        switch (orientation) {
            case 2:
                return y * w + (w - 1 - x);
            case 3:
                return (h - 1 - y) * w + (w - 1 - x);
            case 4:
                return (h - 1 - y) * w + x;
            case 5:
                return x * w + y;
            case 6:
                return (h - 1 - x) * w + y;
            case 7:
                return (h - 1 - x) * w + (w - 1 - y);
            case 8:
                return x * w + (w - 1 - y);
            default:
                return y * w + x;
        }
    }

    /**
     * Returns the image with its EXIF orientation recorded as the {@link #PROPERTY} property,
     * sharing its pixels.
     *
     * @param image       the stored pixels
     * @param orientation the EXIF orientation, 1 to 8
     * @return an image with the same raster and the property set
     */
    static BufferedImage tag(BufferedImage image, int orientation) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PROPERTY, orientation);
        return new BufferedImage(image.getColorModel(), image.getRaster(),
                image.isAlphaPremultiplied(), properties);
    }
}
