package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Flips or rotates an image, by explicit steps or by its EXIF orientation. pilkit's
 * {@code Transpose}, with Pillow's meaning of each step: {@link Method#ROTATE_90} turns
 * <em>counter-clockwise</em>, {@link Method#ROTATE_270} clockwise.
 *
 * <p>{@link #auto()} applies the {@value ImageProperties#ORIENTATION} property that the imaging
 * engine sets when {@code imagekit.image.auto-orient} is off (no property: nothing to do).
 * pilkit reads the EXIF data of the image object instead, which is lost after any other
 * processor; we keep the property through the processors that keep the geometry. The engine
 * applies the orientation itself, with {@link #orient(BufferedImage, int)}, when auto-orient is
 * on (the default), and then {@code auto()} finds nothing to do.
 *
 * <p>Shrink-on-load: yes. Sizes are planned in displayed orientation (as
 * {@code ImageHeader.orientedSize()} gives them), so {@code auto()} plans as the identity.
 */
public final class Transpose extends KeyedProcessor {

    /** One flip or rotation: Pillow's {@code Image.Transpose} methods. */
    public enum Method {
        /** Mirrors left to right: Pillow's {@code FLIP_LEFT_RIGHT}. */
        FLIP_HORIZONTAL(false),
        /** Mirrors top to bottom: Pillow's {@code FLIP_TOP_BOTTOM}. */
        FLIP_VERTICAL(false),
        /** Turns 90° counter-clockwise: Pillow's {@code ROTATE_90}. */
        ROTATE_90(true),
        /** Turns 180°: Pillow's {@code ROTATE_180}. */
        ROTATE_180(false),
        /** Turns 90° clockwise (270° counter-clockwise): Pillow's {@code ROTATE_270}. */
        ROTATE_270(true),
        /** Mirrors across the top-left to bottom-right diagonal: Pillow's {@code TRANSPOSE}. */
        TRANSPOSE(true),
        /** Mirrors across the top-right to bottom-left diagonal: Pillow's {@code TRANSVERSE}. */
        TRANSVERSE(true);

        private final boolean swapsSides;

        Method(boolean swapsSides) {
            this.swapsSides = swapsSides;
        }

        /**
         * Tells whether this step swaps width and height.
         *
         * @return whether it turns the image by 90°
         */
        public boolean swapsSides() {
            return swapsSides;
        }

        /**
         * Where the output pixels come from: output pixel (x, y) is input pixel
         * {@code a + x * bx + y * by}, for an input of w x h.
         */
        int[] strides(int w, int h) {
            int last = (h - 1) * w;
            return switch (this) {
                case FLIP_HORIZONTAL -> new int[] {w - 1, -1, w};
                case FLIP_VERTICAL -> new int[] {last, 1, -w};
                case ROTATE_90 -> new int[] {w - 1, w, -1};
                case ROTATE_180 -> new int[] {last + w - 1, -1, -w};
                case ROTATE_270 -> new int[] {last, -w, 1};
                case TRANSPOSE -> new int[] {0, w, 1};
                case TRANSVERSE -> new int[] {last + w - 1, -w, -1};
            };
        }
    }

    private static final Method[][] EXIF_STEPS = {
        {}, {Method.FLIP_HORIZONTAL}, {Method.ROTATE_180}, {Method.FLIP_VERTICAL},
        {Method.TRANSPOSE}, {Method.ROTATE_270}, {Method.TRANSVERSE}, {Method.ROTATE_90},
    };

    private static final Transpose AUTO = new Transpose(List.of());

    /** The steps, or empty for {@link #auto()}. */
    private final List<Method> methods;

    private Transpose(List<Method> methods) {
        super(CacheKey.of("Transpose").addRaw("methods", methods.isEmpty() ? "[auto]"
                : methods.stream().map(m -> m.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(",", "[", "]"))));
        this.methods = methods;
    }

    /**
     * Applies steps in order.
     *
     * @param methods the steps, at least one
     * @return the processor
     * @throws IllegalArgumentException when there is no step
     */
    public static Transpose of(Method... methods) {
        List<Method> list = List.of(methods);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("transpose needs at least one method (use auto()"
                    + " for the EXIF orientation)");
        }
        return new Transpose(list);
    }

    /**
     * Applies the EXIF orientation carried by the {@value ImageProperties#ORIENTATION}
     * property: pilkit's {@code Transpose(Transpose.AUTO)}.
     *
     * @return the processor
     */
    public static Transpose auto() {
        return AUTO;
    }

    /**
     * Mirrors left to right.
     *
     * @return the processor
     */
    public static Transpose flipHorizontal() {
        return of(Method.FLIP_HORIZONTAL);
    }

    /**
     * Mirrors top to bottom.
     *
     * @return the processor
     */
    public static Transpose flipVertical() {
        return of(Method.FLIP_VERTICAL);
    }

    /**
     * Turns 90° counter-clockwise (Pillow's {@code ROTATE_90}).
     *
     * @return the processor
     */
    public static Transpose rotate90() {
        return of(Method.ROTATE_90);
    }

    /**
     * Turns 180°.
     *
     * @return the processor
     */
    public static Transpose rotate180() {
        return of(Method.ROTATE_180);
    }

    /**
     * Turns 90° clockwise (Pillow's {@code ROTATE_270}).
     *
     * @return the processor
     */
    public static Transpose rotate270() {
        return of(Method.ROTATE_270);
    }

    /**
     * Mirrors across the main diagonal.
     *
     * @return the processor
     */
    public static Transpose transpose() {
        return of(Method.TRANSPOSE);
    }

    /**
     * Mirrors across the other diagonal.
     *
     * @return the processor
     */
    public static Transpose transverse() {
        return of(Method.TRANSVERSE);
    }

    /**
     * Turns an image upright according to its EXIF orientation: 2 mirrors, 3 turns 180°,
     * 4 flips, 5 transposes, 6 turns 90° clockwise, 7 transverses, 8 turns 90°
     * counter-clockwise (as Pillow's {@code ImageOps.exif_transpose}). This is the one
     * implementation of EXIF orientation; the imaging engine calls it.
     *
     * @param image            the image as stored; not modified
     * @param exifOrientation  the EXIF orientation, 1 to 8
     * @return {@code image} itself for 1, else a new image without the orientation property
     *     (a {@value ImageProperties#FULL_SIZE} property is kept, transposed if needed)
     * @throws IllegalArgumentException when the orientation is not from 1 to 8
     */
    public static BufferedImage orient(BufferedImage image, int exifOrientation) {
        Objects.requireNonNull(image, "image");
        if (exifOrientation < 1 || exifOrientation > 8) {
            throw new IllegalArgumentException("EXIF orientation must be from 1 to 8, was "
                    + exifOrientation);
        }
        Method[] steps = EXIF_STEPS[exifOrientation - 1];
        return steps.length == 0 ? image : apply(image, List.of(steps));
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        if (methods.isEmpty()) {
            Optional<Integer> o = ImageProperties.orientation(image);
            return o.isEmpty() ? image : orient(image, o.get());
        }
        return apply(image, methods);
    }

    private static BufferedImage apply(BufferedImage image, List<Method> steps) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = Pixels.read(image);
        for (Method m : steps) {
            int ow = m.swapsSides ? h : w;
            int oh = m.swapsSides ? w : h;
            int[] out = new int[px.length];
            int[] st = m.strides(w, h);
            int i = 0;
            for (int y = 0; y < oh; y++) {
                int src = st[0] + y * st[2];
                for (int x = 0; x < ow; x++, src += st[1]) {
                    out[i++] = px[src];
                }
            }
            px = out;
            w = ow;
            h = oh;
        }
        Size full = turned(ImageProperties.fullSize(image), steps);
        boolean shrunk = !full.equals(new Size(w, h));
        return Pixels.image(px, w, h, Pixels.hasAlpha(image),
                ImageProperties.fullSizeOnly(shrunk ? full : null));
    }

    private static Size turned(Size size, List<Method> steps) {
        Size s = size;
        for (Method m : steps) {
            s = m.swapsSides ? s.transposed() : s;
        }
        return s;
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(turned(input, methods));
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        Size need = turned(requiredOutput, methods);
        return Scaling.shrink(input, need.width(), need.height());
    }
}
