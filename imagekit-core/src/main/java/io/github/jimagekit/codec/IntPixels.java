package io.github.jimagekit.codec;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Brings decoded pixels to the two layouts the processors work on, {@code TYPE_INT_RGB} and
 * {@code TYPE_INT_ARGB}, in one copy.
 *
 * <p>Grey and RGB samples are copied as stored, whatever colour space the decoder labelled
 * them with: colour management is {@link ColorManagement}'s job, and Java2D's own conversion
 * would treat grey as linear and brighten it. Palettes are expanded. Anything else goes through
 * Java2D's conversion to sRGB.
 */
final class IntPixels {

    private IntPixels() {
    }

    /**
     * Returns the image as {@code TYPE_INT_RGB}, or {@code TYPE_INT_ARGB} when it has alpha.
     *
     * @param image decoded pixels
     * @return the image itself when it already has one of those types and
     *     {@link #isPlainInts plain} pixels, else a copy
     */
    static BufferedImage of(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB) {
            return isPlainInts(image) ? image : fromJava2d(image);
        }
        if (isPlainBytes(image, 3)) {
            return fromBytes(image, 3);
        }
        if (isPlainBytes(image, 4)) {
            return fromBytes(image, 4);
        }
        ColorModel cm = image.getColorModel();
        int colours = cm.getNumColorComponents();
        int space = cm.getColorSpace().getType();
        boolean rawCopy = (cm instanceof ComponentColorModel || cm instanceof DirectColorModel)
                && !cm.isAlphaPremultiplied()
                && ((colours == 3 && space == ColorSpace.TYPE_RGB)
                        || (colours == 1 && space == ColorSpace.TYPE_GRAY));
        return rawCopy ? fromSamples(image) : fromJava2d(image);
    }

    /**
     * Makes an image of the same size with the layout {@link #of} returns.
     *
     * @param width  the width
     * @param height the height
     * @param alpha  whether to keep alpha
     * @return a new {@code TYPE_INT_ARGB} or {@code TYPE_INT_RGB} image
     */
    static BufferedImage create(int width, int height, boolean alpha) {
        return new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    }

    /**
     * Returns the pixel array of an image made by {@link #create}.
     *
     * @param image a {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} image with no offset
     * @return its pixels, row by row
     */
    static int[] data(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /**
     * Tells whether an image's pixels sit in a plain {@code int[]}, one per pixel, row after
     * row with no gap, so that {@link #data} can be used.
     *
     * @param image an image
     * @return whether the fast paths apply
     */
    static boolean isPlainInts(BufferedImage image) {
        int type = image.getType();
        Raster r = image.getRaster();
        return (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && r.getParent() == null && r.getSampleModelTranslateX() == 0
                && r.getSampleModelTranslateY() == 0
                && r.getDataBuffer().getSize() == image.getWidth() * image.getHeight();
    }

    /** 8-bit interleaved samples, one byte each, in one bank, with no gaps (3BYTE_BGR &c.). */
    private static boolean isPlainBytes(BufferedImage image, int bands) {
        ColorModel cm = image.getColorModel();
        Raster r = image.getRaster();
        if (!(r.getSampleModel() instanceof PixelInterleavedSampleModel sm)
                || !(r.getDataBuffer() instanceof DataBufferByte buffer)
                || !(cm instanceof ComponentColorModel) || cm.isAlphaPremultiplied()
                || sm.getNumBands() != bands || sm.getPixelStride() != bands
                || sm.getScanlineStride() != bands * image.getWidth()
                || buffer.getNumBanks() != 1 || buffer.getOffset() != 0
                || r.getParent() != null || r.getSampleModelTranslateX() != 0
                || r.getSampleModelTranslateY() != 0
                || cm.getColorSpace().getType() != ColorSpace.TYPE_RGB) {
            return false;
        }
        return bands == 3 ? !cm.hasAlpha() : cm.hasAlpha();
    }

    private static BufferedImage fromBytes(BufferedImage image, int bands) {
        PixelInterleavedSampleModel sm =
                (PixelInterleavedSampleModel) image.getRaster().getSampleModel();
        int[] offsets = sm.getBandOffsets();
        int ro = offsets[0];
        int go = offsets[1];
        int bo = offsets[2];
        int ao = bands == 4 ? offsets[3] : 0;
        byte[] src = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        BufferedImage out = create(image.getWidth(), image.getHeight(), bands == 4);
        int[] dst = data(out);
        for (int i = 0, p = 0; i < dst.length; i++, p += bands) {
            int a = bands == 4 ? (src[p + ao] & 0xff) << 24 : 0;
            dst[i] = a | (src[p + ro] & 0xff) << 16 | (src[p + go] & 0xff) << 8
                    | (src[p + bo] & 0xff);
        }
        return out;
    }

    private static BufferedImage fromSamples(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        Raster r = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int bands = r.getNumBands();
        boolean grey = cm.getNumColorComponents() == 1;
        boolean alpha = cm.hasAlpha();
        int[] bits = r.getSampleModel().getSampleSize();
        BufferedImage out = create(w, h, alpha);
        int[] dst = data(out);
        int[] row = new int[w * bands];
        for (int y = 0; y < h; y++) {
            r.getPixels(r.getMinX(), r.getMinY() + y, w, 1, row);
            for (int x = 0, p = 0; x < w; x++, p += bands) {
                int red = to8(row[p], bits[0]);
                int green = grey ? red : to8(row[p + 1], bits[1]);
                int blue = grey ? red : to8(row[p + 2], bits[2]);
                int a = alpha ? to8(row[p + bands - 1], bits[bands - 1]) : 0;
                dst[y * w + x] = a << 24 | red << 16 | green << 8 | blue;
            }
        }
        return out;
    }

    private static int to8(int sample, int bits) {
        if (bits == 8) {
            return sample & 0xff;
        }
        if (bits > 8) {
            return (sample >>> (bits - 8)) & 0xff;
        }
        int max = (1 << bits) - 1;
        return (sample * 255 + max / 2) / max;
    }

    private static BufferedImage fromJava2d(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = create(w, h, alpha);
        int[] dst = data(out);
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, dst, y * w, w);
        }
        if (!alpha) {
            // getRGB reports opaque pixels with alpha 255; TYPE_INT_RGB stores zero there
            for (int i = 0; i < dst.length; i++) {
                dst[i] &= 0xffffff;
            }
        }
        return out;
    }
}
