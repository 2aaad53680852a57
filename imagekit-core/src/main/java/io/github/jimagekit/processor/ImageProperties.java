package io.github.jimagekit.processor;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.Hashtable;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link BufferedImage} properties that the imaging engine sets on a decoded image and the
 * processors read. A property travels with the pixels, so processors need no extra arguments:
 *
 * <ul>
 *   <li>{@value #ORIENTATION}: an {@code Integer} EXIF orientation (1–8), set when
 *       {@code imagekit.image.auto-orient} is off; {@link Transpose#auto()} applies it.</li>
 *   <li>{@value #FULL_SIZE}: a {@link Size}, set when the decoder shrank the image on load
 *       (see {@link Processor#requiredInputSize(Size, Size)}): the size, in this image's
 *       orientation, of the full-resolution image these pixels stand for. Resizing processors
 *       compute their geometry (rounding, upscale decisions, crop offsets) from it, so that the
 *       output has exactly the size a full decode would give. Without it they use the actual
 *       size, and a shrunk input may give an output one pixel off on a derived side.</li>
 * </ul>
 *
 * <p>Processors that keep the geometry ({@link Adjust}, {@link MakeOpaque},
 * {@link ColorOverlay}) keep both properties; {@link Transpose} keeps {@value #FULL_SIZE},
 * transposed when it turns the image by 90°.
 */
public final class ImageProperties {

    /** The name of the EXIF orientation property: an {@code Integer} from 1 to 8. */
    public static final String ORIENTATION = "imagekit.orientation";

    /** The name of the full-resolution size property: a {@link Size}. */
    public static final String FULL_SIZE = "imagekit.full-size";

    private static final String[] NAMES = {ORIENTATION, FULL_SIZE};

    private ImageProperties() {
    }

    /**
     * Returns a view of an image with a property set: the same pixels (not copied), the same
     * other properties.
     *
     * @param image the image
     * @param name  {@link #ORIENTATION} or {@link #FULL_SIZE}
     * @param value an {@code Integer} orientation or a {@link Size}
     * @return a new image sharing {@code image}'s raster
     * @throws IllegalArgumentException when the name is unknown or the value has the wrong type
     *     or range
     */
    public static BufferedImage with(BufferedImage image, String name, Object value) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(value, "value");
        if (ORIENTATION.equals(name)) {
            if (!(value instanceof Integer o) || o < 1 || o > 8) {
                throw new IllegalArgumentException("orientation must be an Integer from 1 to 8,"
                        + " was " + value);
            }
        } else if (FULL_SIZE.equals(name)) {
            if (!(value instanceof Size s) || !s.covers(sizeOf(image))) {
                throw new IllegalArgumentException("full size must be a Size at least "
                        + sizeOf(image) + ", was " + value);
            }
        } else {
            throw new IllegalArgumentException("property \"" + name + "\" is not one of "
                    + ORIENTATION + ", " + FULL_SIZE);
        }
        Hashtable<String, Object> props = known(image);
        props.put(name, value);
        return new BufferedImage(image.getColorModel(), image.getRaster(),
                image.isAlphaPremultiplied(), props);
    }

    /**
     * Returns the EXIF orientation property.
     *
     * @param image the image
     * @return the orientation, or empty when the property is absent or not an orientation
     */
    public static Optional<Integer> orientation(BufferedImage image) {
        Object o = image.getProperty(ORIENTATION);
        return o instanceof Integer i && i >= 1 && i <= 8 ? Optional.of(i) : Optional.empty();
    }

    /**
     * Returns the size an image stands for: its {@value #FULL_SIZE} property when that is a
     * {@link Size} at least as large as the image, else the image's own size.
     *
     * @param image the image
     * @return the size to compute geometry from
     */
    public static Size fullSize(BufferedImage image) {
        Size actual = sizeOf(image);
        Object o = image.getProperty(FULL_SIZE);
        return o instanceof Size s && s.covers(actual) ? s : actual;
    }

    /**
     * Returns an image's size.
     *
     * @param image the image
     * @return its width and height
     */
    static Size sizeOf(BufferedImage image) {
        return new Size(image.getWidth(), image.getHeight());
    }

    /**
     * Copies the properties this class knows, for an output with the same geometry.
     *
     * @param image the input
     * @return the properties, or {@code null} when there are none
     */
    static Hashtable<String, Object> keep(BufferedImage image) {
        Hashtable<String, Object> props = known(image);
        return props.isEmpty() ? null : props;
    }

    /**
     * Makes the properties of an output that has another geometry but stands for a full-size
     * image too: only {@value #FULL_SIZE}, replaced.
     *
     * @param fullSize the output's full-resolution size, or {@code null}
     * @return the properties, or {@code null}
     */
    static Hashtable<String, Object> fullSizeOnly(Size fullSize) {
        if (fullSize == null) {
            return null;
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(FULL_SIZE, fullSize);
        return props;
    }

    private static Hashtable<String, Object> known(BufferedImage image) {
        Hashtable<String, Object> props = new Hashtable<>();
        for (String n : NAMES) {
            Object v = image.getProperty(n);
            if (v != null && v != Image.UndefinedProperty) {
                props.put(n, v);
            }
        }
        return props;
    }
}
