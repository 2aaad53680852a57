package io.github.jimagekit.processor;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Hashtable;

/**
 * Pixel access for the processors: reads rows of any {@link BufferedImage} as non-premultiplied
 * ARGB ints straight from its data buffer (no per-pixel {@code getRGB}), and wraps ARGB int
 * arrays as {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} images without copying.
 */
final class Pixels {

    private static final int[] RGB_MASKS = {0xff0000, 0xff00, 0xff};
    private static final int[] ARGB_MASKS = {0xff0000, 0xff00, 0xff, 0xff000000};

    private Pixels() {
    }

    /**
     * Tells whether an image has an alpha channel.
     *
     * @param image the image
     * @return whether its colour model has alpha
     */
    static boolean hasAlpha(BufferedImage image) {
        return image.getColorModel().hasAlpha();
    }

    /**
     * Reads a rectangle of an image.
     *
     * @param image the image
     * @param x     the left column
     * @param y     the top row
     * @param w     the width
     * @param h     the height
     * @return a new array of {@code w * h} non-premultiplied ARGB pixels, row by row
     */
    static int[] read(BufferedImage image, int x, int y, int w, int h) {
        int[] out = new int[w * h];
        RowReader reader = reader(image);
        for (int row = 0; row < h; row++) {
            reader.read(y + row, x, w, out, row * w);
        }
        return out;
    }

    /**
     * Reads a whole image.
     *
     * @param image the image
     * @return a new array of non-premultiplied ARGB pixels, row by row
     */
    static int[] read(BufferedImage image) {
        return read(image, 0, 0, image.getWidth(), image.getHeight());
    }

    /**
     * Wraps pixels as an image, without copying them.
     *
     * @param argb   non-premultiplied ARGB pixels, row by row; owned by the image from now on
     * @param w      the width
     * @param h      the height
     * @param alpha  whether to make a {@code TYPE_INT_ARGB} image (else {@code TYPE_INT_RGB},
     *     which ignores the top byte)
     * @param props  the image's properties, or {@code null}
     * @return the image
     */
    static BufferedImage image(int[] argb, int w, int h, boolean alpha, Hashtable<?, ?> props) {
        DataBufferInt buffer = new DataBufferInt(argb, w * h);
        WritableRaster raster = Raster.createPackedRaster(buffer, w, h, w,
                alpha ? ARGB_MASKS : RGB_MASKS, null);
        ColorModel cm = alpha ? ColorModel.getRGBdefault()
                : new DirectColorModel(24, RGB_MASKS[0], RGB_MASKS[1], RGB_MASKS[2], 0);
        return new BufferedImage(cm, raster, false, props);
    }

    /**
     * Wraps pixels as an image without properties, without copying them.
     *
     * @param argb  non-premultiplied ARGB pixels, row by row
     * @param w     the width
     * @param h     the height
     * @param alpha whether to make a {@code TYPE_INT_ARGB} image
     * @return the image
     */
    static BufferedImage image(int[] argb, int w, int h, boolean alpha) {
        return image(argb, w, h, alpha, null);
    }

    /**
     * Returns a reader for an image's rows, using its data buffer directly when the layout is
     * one of the common ones (packed int RGB/ARGB, interleaved byte BGR/ABGR, 8-bit grey).
     *
     * @param image the image
     * @return the reader
     */
    static RowReader reader(BufferedImage image) {
        Raster raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        DataBuffer db = raster.getDataBuffer();
        if (db instanceof DataBufferInt ints && db.getNumBanks() == 1
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && cm instanceof DirectColorModel dcm && !cm.isAlphaPremultiplied()
                && cm.getColorSpace().isCS_sRGB() && isRgbMasks(dcm)) {
            return new IntRows(ints.getData(), raster, sm.getScanlineStride(),
                    dcm.getAlphaMask() == 0xff000000);
        }
        if (db instanceof DataBufferByte bytes && db.getNumBanks() == 1
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel sm
                && cm instanceof ComponentColorModel && !cm.isAlphaPremultiplied()
                && isEightBit(cm)) {
            int bands = sm.getNumBands();
            if ((bands == 1 || bands == 2) && cm.getNumComponents() == bands
                    && cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
                return new GreyRows(bytes.getData(), raster, sm, bands == 2);
            }
            if ((bands == 3 || bands == 4) && cm.getNumComponents() == bands
                    && cm.getColorSpace().isCS_sRGB()) {
                return new ByteRows(bytes.getData(), raster, sm, bands == 4);
            }
        }
        return new GenericRows(image);
    }

    private static boolean isRgbMasks(DirectColorModel cm) {
        return cm.getRedMask() == 0xff0000 && cm.getGreenMask() == 0xff00
                && cm.getBlueMask() == 0xff
                && (cm.getAlphaMask() == 0 || cm.getAlphaMask() == 0xff000000);
    }

    private static boolean isEightBit(ColorModel cm) {
        for (int bits : cm.getComponentSize()) {
            if (bits != 8) {
                return false;
            }
        }
        return true;
    }

    /** Reads rows of an image as non-premultiplied ARGB ints. */
    abstract static class RowReader {

        /**
         * Reads part of a row.
         *
         * @param y   the row
         * @param x   the first column
         * @param n   how many pixels
         * @param dst where to write them
         * @param off the index in {@code dst} of the first one
         */
        abstract void read(int y, int x, int n, int[] dst, int off);
    }

    private static final class IntRows extends RowReader {
        private final int[] data;
        private final int base;
        private final int tx;
        private final int ty;
        private final int stride;
        private final boolean alpha;

        IntRows(int[] data, Raster raster, int stride, boolean alpha) {
            this.data = data;
            this.base = raster.getDataBuffer().getOffset();
            this.tx = raster.getSampleModelTranslateX();
            this.ty = raster.getSampleModelTranslateY();
            this.stride = stride;
            this.alpha = alpha;
        }

        @Override
        void read(int y, int x, int n, int[] dst, int off) {
            int i = base + (y - ty) * stride + (x - tx);
            if (alpha) {
                System.arraycopy(data, i, dst, off, n);
            } else {
                for (int k = 0; k < n; k++) {
                    dst[off + k] = 0xff000000 | data[i + k];
                }
            }
        }
    }

    private static final class ByteRows extends RowReader {
        private final byte[] data;
        private final int base;
        private final int tx;
        private final int ty;
        private final int stride;
        private final int pixelStride;
        private final int r;
        private final int g;
        private final int b;
        private final int a;

        ByteRows(byte[] data, Raster raster, PixelInterleavedSampleModel sm, boolean alpha) {
            this.data = data;
            this.base = raster.getDataBuffer().getOffset();
            this.tx = raster.getSampleModelTranslateX();
            this.ty = raster.getSampleModelTranslateY();
            this.stride = sm.getScanlineStride();
            this.pixelStride = sm.getPixelStride();
            int[] offsets = sm.getBandOffsets();
            this.r = offsets[0];
            this.g = offsets[1];
            this.b = offsets[2];
            this.a = alpha ? offsets[3] : -1;
        }

        @Override
        void read(int y, int x, int n, int[] dst, int off) {
            int i = base + (y - ty) * stride + (x - tx) * pixelStride;
            for (int k = 0; k < n; k++, i += pixelStride) {
                int alpha = a < 0 ? 0xff : data[i + a] & 0xff;
                dst[off + k] = alpha << 24 | (data[i + r] & 0xff) << 16
                        | (data[i + g] & 0xff) << 8 | data[i + b] & 0xff;
            }
        }
    }

    /**
     * Grey (and grey with alpha) bytes taken as sRGB grey levels, as Pillow's L to RGB
     * conversion does and browsers show them. ImageIO labels decoded grey images as linear, so
     * Java's {@code getRGB} would brighten them.
     */
    private static final class GreyRows extends RowReader {
        private final byte[] data;
        private final int base;
        private final int tx;
        private final int ty;
        private final int stride;
        private final int pixelStride;
        private final int alpha;

        GreyRows(byte[] data, Raster raster, PixelInterleavedSampleModel sm, boolean hasAlpha) {
            int[] offsets = sm.getBandOffsets();
            this.data = data;
            this.base = raster.getDataBuffer().getOffset() + offsets[0];
            this.tx = raster.getSampleModelTranslateX();
            this.ty = raster.getSampleModelTranslateY();
            this.stride = sm.getScanlineStride();
            this.pixelStride = sm.getPixelStride();
            this.alpha = hasAlpha ? offsets[1] - offsets[0] : Integer.MIN_VALUE;
        }

        @Override
        void read(int y, int x, int n, int[] dst, int off) {
            int i = base + (y - ty) * stride + (x - tx) * pixelStride;
            for (int k = 0; k < n; k++, i += pixelStride) {
                int v = data[i] & 0xff;
                int a = alpha == Integer.MIN_VALUE ? 0xff : data[i + alpha] & 0xff;
                dst[off + k] = a << 24 | v << 16 | v << 8 | v;
            }
        }
    }

    private static final class GenericRows extends RowReader {
        private final BufferedImage image;

        GenericRows(BufferedImage image) {
            this.image = image;
        }

        @Override
        void read(int y, int x, int n, int[] dst, int off) {
            image.getRGB(x, y, n, 1, dst, off, n);
        }
    }
}
