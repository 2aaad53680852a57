package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 * <p>Shrink-on-load: yes. {@code auto()} cannot know the orientation when sizes are planned,
 * and plans as the identity: exact with auto-orient on (then it has nothing to do). With
 * auto-orient off and a photo turned by 90°, sizes planned for the stored orientation are
 * transposed by {@code auto()}, so a size prediction is transposed too and a shrunk decode
 * may be too small in one direction (the result is then enlarged from it); prefer
 * auto-orient.
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
         * Where the input pixels go: input pixel (x, y) of a w x h image becomes output pixel
         * {@code c + x * ex + y * ey}.
         */
        int[] targets(int w, int h) {
            return switch (this) {
                case FLIP_HORIZONTAL -> new int[] {w - 1, -1, w};
                case FLIP_VERTICAL -> new int[] {(h - 1) * w, 1, -w};
                case ROTATE_90 -> new int[] {(w - 1) * h, -h, 1};
                case ROTATE_180 -> new int[] {(h - 1) * w + w - 1, -1, -w};
                case ROTATE_270 -> new int[] {h - 1, h, -1};
                case TRANSPOSE -> new int[] {0, h, 1};
                case TRANSVERSE -> new int[] {(w - 1) * h + h - 1, -h, -1};
            };
        }

        /** Moves the pixels of a w x h array. */
        int[] move(int[] px, int w, int h) {
            int[] t = targets(w, h);
            int[] out = new int[px.length];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[t[0] + x * t[1] + y * t[2]] = px[y * w + x];
                }
            }
            return out;
        }
    }

    /** The step for each EXIF orientation, 1 to 8 (null: none). */
    private static final Method[] EXIF_STEPS = {
        null, Method.FLIP_HORIZONTAL, Method.ROTATE_180, Method.FLIP_VERTICAL,
        Method.TRANSPOSE, Method.ROTATE_270, Method.TRANSVERSE, Method.ROTATE_90,
    };

    private static final Transpose AUTO = new Transpose(true, null);

    private final boolean auto;
    /** All the steps as one, or {@code null} when they cancel out (or for auto). */
    private final Method method;

    private Transpose(boolean auto, Method method) {
        super(CacheKey.of("Transpose").addRaw("method", auto ? "auto"
                : method == null ? "none" : method.name().toLowerCase(Locale.ROOT)));
        this.auto = auto;
        this.method = method;
    }

    /**
     * Applies steps in order. The steps are combined into one (any sequence of flips and
     * quarter turns is one of the seven methods, or nothing), which is also what the cache
     * key shows.
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
        return new Transpose(false, compose(list));
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
        Method m = EXIF_STEPS[exifOrientation - 1];
        return m == null ? image : apply(image, m);
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        if (auto) {
            Optional<Integer> o = ImageProperties.orientation(image);
            return o.isEmpty() ? image : orient(image, o.get());
        }
        return method == null ? image : apply(image, method);
    }

    private static BufferedImage apply(BufferedImage image, Method m) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] out = new int[w * h];
        int[] t = m.targets(w, h);
        Pixels.RowReader reader = Pixels.reader(image);
        // a quarter turn writes each input row down an output column: read strips of rows
        // so that the writes go to short runs of each output row instead
        int strip = m.swapsSides ? 64 : 1;
        int[] buf = new int[strip * w];
        for (int y0 = 0; y0 < h; y0 += strip) {
            int rows = Math.min(strip, h - y0);
            for (int r = 0; r < rows; r++) {
                reader.read(y0 + r, 0, w, buf, r * w);
            }
            for (int x = 0; x < w; x++) {
                int dst = t[0] + x * t[1] + y0 * t[2];
                for (int r = 0; r < rows; r++, dst += t[2]) {
                    out[dst] = buf[r * w + x];
                }
            }
        }
        int ow = m.swapsSides ? h : w;
        int oh = m.swapsSides ? w : h;
        Size full = turned(ImageProperties.fullSize(image), m);
        boolean shrunk = !full.equals(new Size(ow, oh));
        return Pixels.image(out, ow, oh, Pixels.hasAlpha(image),
                ImageProperties.fullSizeOnly(shrunk ? full : null));
    }

    /** Combines steps into one by moving a 2x3 probe (no two of the eight results agree). */
    private static Method compose(List<Method> steps) {
        int[] probe = {0, 1, 2, 3, 4, 5};
        int w = 3;
        int h = 2;
        for (Method m : steps) {
            probe = m.move(probe, w, h);
            if (m.swapsSides) {
                int t = w;
                w = h;
                h = t;
            }
        }
        if (Arrays.equals(probe, new int[] {0, 1, 2, 3, 4, 5})) {
            return null;
        }
        for (Method m : Method.values()) {
            int[] single = m.move(new int[] {0, 1, 2, 3, 4, 5}, 3, 2);
            if (Arrays.equals(single, probe) && (m.swapsSides == (w == 2))) {
                return m;
            }
        }
        throw new IllegalStateException("steps " + steps + " are not a transposition");
    }

    private static Size turned(Size size, Method m) {
        return m != null && m.swapsSides ? size.transposed() : size;
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(turned(input, method));
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        Size need = turned(requiredOutput, method);
        return Scaling.shrink(input, need.width(), need.height());
    }
}
