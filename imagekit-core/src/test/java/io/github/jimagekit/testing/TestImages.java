package io.github.jimagekit.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Tiny images made in code, so tests need no binary fixtures: solid colours, quadrants whose
 * corners tell where a crop or rotation put them, gradients, and their encoded bytes.
 */
public final class TestImages {

    private TestImages() {
    }

    /**
     * Makes an opaque image of one colour.
     *
     * @param width  the width
     * @param height the height
     * @param color  the colour
     * @return a {@code TYPE_INT_RGB} image
     */
    public static BufferedImage solid(int width, int height, Color color) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    /**
     * Makes an image split into four coloured quadrants: red top-left, green top-right, blue
     * bottom-left, white bottom-right. Where the colours end up after a crop, resize or
     * rotation shows what happened.
     *
     * @param width  the width
     * @param height the height
     * @return a {@code TYPE_INT_RGB} image
     */
    public static BufferedImage quadrants(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        int hw = width / 2;
        int hh = height / 2;
        g.setColor(Color.RED);
        g.fillRect(0, 0, hw, hh);
        g.setColor(Color.GREEN);
        g.fillRect(hw, 0, width - hw, hh);
        g.setColor(Color.BLUE);
        g.fillRect(0, hh, hw, height - hh);
        g.setColor(Color.WHITE);
        g.fillRect(hw, hh, width - hw, height - hh);
        g.dispose();
        return img;
    }

    /**
     * Makes random pixels from a seed: an image that does not compress, so that its file is
     * large for its size (a 600x400 JPEG is over 128 KiB).
     *
     * @param width  the width
     * @param height the height
     * @param seed   the seed of the pixels
     * @return a {@code TYPE_INT_RGB} image
     */
    public static BufferedImage noise(int width, int height, long seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return img;
    }

    /**
     * Makes a smooth horizontal-and-vertical colour gradient, which survives lossy
     * compression and resampling with small errors.
     *
     * @param width  the width
     * @param height the height
     * @return a {@code TYPE_INT_RGB} image
     */
    public static BufferedImage gradient(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = width == 1 ? 0 : x * 255 / (width - 1);
                int gr = height == 1 ? 0 : y * 255 / (height - 1);
                img.setRGB(x, y, (r << 16) | (gr << 8) | 128);
            }
        }
        return img;
    }

    /**
     * Encodes an image with ImageIO.
     *
     * @param image      the image
     * @param formatName an ImageIO format name: {@code "jpeg"}, {@code "png"}, {@code "gif"},
     *     {@code "bmp"}
     * @return the encoded bytes
     */
    public static byte[] encode(BufferedImage image, String formatName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, formatName, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + formatName
                        + " and " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Inserts a minimal EXIF APP1 segment (big-endian TIFF, one IFD with one Orientation entry)
     * right after a JPEG's SOI marker, as a camera writes the orientation it was held in.
     *
     * @param jpeg        a JPEG file
     * @param orientation the EXIF orientation, 1 to 8 (other values too, for tests of bad ones)
     * @return the JPEG with the segment
     */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + length + 2);
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * Decodes bytes with ImageIO.
     *
     * @param bytes encoded image bytes
     * @return the image
     */
    public static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) {
                throw new IllegalArgumentException("not an image ImageIO can read");
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tells whether a pixel is close to a colour, per channel.
     *
     * @param image     the image
     * @param x         the column
     * @param y         the row
     * @param expected  the expected colour
     * @param tolerance the largest allowed difference per channel, 0–255
     * @return whether every channel is within the tolerance
     */
    public static boolean isNear(BufferedImage image, int x, int y, Color expected,
            int tolerance) {
        Color c = new Color(image.getRGB(x, y), true);
        return Math.abs(c.getRed() - expected.getRed()) <= tolerance
                && Math.abs(c.getGreen() - expected.getGreen()) <= tolerance
                && Math.abs(c.getBlue() - expected.getBlue()) <= tolerance;
    }
}
