package io.github.jimagekit.codec.jpeg;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

/** Reads the binary PPM (P6) and PGM (P5) files that djpeg writes. */
final class Pnm {

    private Pnm() {
    }

    /**
     * Decodes a PPM or PGM.
     *
     * @param data the file
     * @return a {@code TYPE_INT_RGB} image; grey samples go to all three channels
     */
    static BufferedImage read(byte[] data) {
        int[] pos = {0};
        String magic = token(data, pos);
        int width = Integer.parseInt(token(data, pos));
        int height = Integer.parseInt(token(data, pos));
        int max = Integer.parseInt(token(data, pos));
        if (!(magic.equals("P5") || magic.equals("P6")) || max != 255) {
            throw new IllegalArgumentException("not an 8-bit binary PNM: " + magic + " " + max);
        }
        int p = pos[0] + 1;
        boolean grey = magic.equals("P5");
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb;
                if (grey) {
                    rgb = (data[p++] & 0xFF) * 0x010101;
                } else {
                    rgb = (data[p] & 0xFF) << 16 | (data[p + 1] & 0xFF) << 8 | data[p + 2] & 0xFF;
                    p += 3;
                }
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private static String token(byte[] d, int[] pos) {
        while (Character.isWhitespace(d[pos[0]])) {
            pos[0]++;
        }
        int start = pos[0];
        while (!Character.isWhitespace(d[pos[0]])) {
            pos[0]++;
        }
        return new String(d, start, pos[0] - start, StandardCharsets.US_ASCII);
    }
}
