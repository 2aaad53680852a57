package io.github.jimagekit.codec.jpeg;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Turns decoded component planes into a {@code TYPE_INT_RGB} image: upsamples chroma and
 * converts YCbCr to RGB with libjpeg's fixed-point tables ({@code jdcolor.c}); greyscale
 * samples are copied to all three channels.
 */
final class RgbWriter {

    private static final int SCALE_BITS = 16;
    private static final int ONE_HALF = 1 << (SCALE_BITS - 1);
    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            CR_R[i] = (fix(1.40200) * x + ONE_HALF) >> SCALE_BITS;
            CB_B[i] = (fix(1.77200) * x + ONE_HALF) >> SCALE_BITS;
            CR_G[i] = -fix(0.71414) * x;
            CB_G[i] = -fix(0.34414) * x + ONE_HALF;
        }
    }

    private RgbWriter() {
    }

    /**
     * Makes the output image.
     *
     * @param planes the planes: one (greyscale) or three (Y, Cb, Cr)
     * @param width  the output width
     * @param height the output height
     * @param fancy  whether 2x chroma upsampling uses the triangle filter
     * @return the image
     */
    static BufferedImage write(ComponentPlane[] planes, int width, int height, boolean fancy) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        RowUpsampler[] up = new RowUpsampler[planes.length];
        int[][] rows = new int[planes.length][];
        for (int i = 0; i < planes.length; i++) {
            up[i] = new RowUpsampler(planes[i], fancy);
            rows[i] = new int[up[i].rowLength()];
        }
        for (int y = 0; y < height; y++) {
            for (int i = 0; i < planes.length; i++) {
                up[i].row(y, rows[i]);
            }
            int o = y * width;
            if (planes.length == 1) {
                grey(rows[0], pixels, o, width);
            } else {
                ycc(rows[0], rows[1], rows[2], pixels, o, width);
            }
        }
        return image;
    }

    private static void grey(int[] lum, int[] out, int offset, int width) {
        for (int x = 0; x < width; x++) {
            out[offset + x] = lum[x] * 0x010101;
        }
    }

    private static void ycc(int[] lum, int[] cb, int[] cr, int[] out, int offset, int width) {
        for (int x = 0; x < width; x++) {
            int y = lum[x];
            int b = cb[x];
            int r = cr[x];
            int red = ScaledIdct.clamp(y + CR_R[r]);
            int green = ScaledIdct.clamp(y + ((CB_G[b] + CR_G[r]) >> SCALE_BITS));
            int blue = ScaledIdct.clamp(y + CB_B[b]);
            out[offset + x] = (red << 16) | (green << 8) | blue;
        }
    }

    private static int fix(double x) {
        return (int) (x * (1 << SCALE_BITS) + 0.5);
    }
}
