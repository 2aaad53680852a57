package io.github.jimagekit.codec;

import io.github.jimagekit.processor.CacheKey;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.TestImages;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encoded test inputs the shared {@code TestImages} cannot make: JPEG and PNG surgery. */
final class CodecFixtures {

    private CodecFixtures() {
    }

    /** Inserts a minimal EXIF APP1 segment with one Orientation entry after the SOI marker. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        return TestImages.withExifOrientation(jpeg, orientation);
    }

    /** Inserts an ICC profile after SOI, split into APP2 chunks of at most {@code chunk}. */
    static byte[] withIccProfile(byte[] jpeg, byte[] icc, int chunk) {
        int count = (icc.length + chunk - 1) / chunk;
        ByteArrayOutputStream segments = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            byte[] part = java.util.Arrays.copyOfRange(icc, i * chunk,
                    Math.min(icc.length, (i + 1) * chunk));
            byte[] head = concat("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {(byte) (i + 1), (byte) count});
            segments.writeBytes(segment(0xE2, concat(head, part)));
        }
        return insertAfterSoi(jpeg, segments.toByteArray());
    }

    /** Inserts an {@code iCCP} chunk after a PNG's IHDR. */
    static byte[] pngWithIccProfile(byte[] png, byte[] icc) {
        byte[] data = concat("profile\0\0".getBytes(StandardCharsets.US_ASCII), deflate(icc));
        int afterIhdr = 8 + 8 + 13 + 4;
        return concat(concat(java.util.Arrays.copyOf(png, afterIhdr), pngChunk("iCCP", data)),
                java.util.Arrays.copyOfRange(png, afterIhdr, png.length));
    }

    /** A PNG whose IHDR declares a size its few bytes of image data do not have. */
    static byte[] pngDeclaring(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        return concat(concat(concat(sig, pngChunk("IHDR", ihdr.array())),
                pngChunk("IDAT", deflate(new byte[64]))), pngChunk("IEND", new byte[0]));
    }

    /**
     * Writes a CMYK JPEG: four 8-bit channels, stored inverted with an Adobe APP14 segment
     * (transform 0), the way Photoshop writes them.
     *
     * @param cmyk the (c, m, y, k) of the top-left, top-right, bottom-left and bottom-right
     *     quadrants, each 0–255
     */
    static byte[] cmykJpeg(int width, int height, int[][] cmyk) {
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4,
                null);
        int[] inverted = new int[4];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] c = cmyk[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)];
                for (int i = 0; i < 4; i++) {
                    inverted[i] = 255 - c[i];
                }
                r.setPixel(x, y, inverted);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = jdkJpegWriter();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.95f);
            writer.write(null, new IIOImage(r, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        return insertAfterSoi(out.toByteArray(), segment(0xEE, adobe));
    }

    /** The JPEG markers from SOI up to and including the first SOS. */
    static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        markers.add(((jpeg[0] & 0xff) << 8) | (jpeg[1] & 0xff));
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            int marker = ((jpeg[pos] & 0xff) << 8) | (jpeg[pos + 1] & 0xff);
            markers.add(marker);
            if (marker == 0xFFDA) {
                break;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xff) << 8) | (jpeg[pos + 3] & 0xff));
        }
        return markers;
    }

    /** The payload of the first segment with a marker, without its length. */
    static Optional<byte[]> segmentData(byte[] jpeg, int marker) {
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            int m = ((jpeg[pos] & 0xff) << 8) | (jpeg[pos + 1] & 0xff);
            int len = ((jpeg[pos + 2] & 0xff) << 8) | (jpeg[pos + 3] & 0xff);
            if (m == marker) {
                return Optional.of(java.util.Arrays.copyOfRange(jpeg, pos + 4, pos + 2 + len));
            }
            if (m == 0xFFDA) {
                break;
            }
            pos += 2 + len;
        }
        return Optional.empty();
    }

    /** The chunk types of a PNG, in order. */
    static List<String> pngChunks(byte[] png) {
        List<String> types = new ArrayList<>();
        int pos = 8;
        while (pos + 8 <= png.length) {
            int len = ByteBuffer.wrap(png, pos, 4).getInt();
            types.add(new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1));
            pos += 12 + len;
        }
        return types;
    }

    /** Tells whether {@code needle} occurs anywhere in {@code haystack}. */
    static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static ImageWriter jdkJpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.")) {
                return w;
            }
            w.dispose();
        }
        throw new IllegalStateException("no JDK JPEG writer");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] segment(int marker, byte[] payload) {
        int len = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (len >> 8), (byte) len},
                payload);
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[] inserted) {
        return concat(concat(java.util.Arrays.copyOf(jpeg, 2), inserted),
                java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(9))) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Scales to fit inside a box, like {@code ResizeToFit}, and records the size of the image
     * it was given, so tests can see how small the decoder made it.
     */
    static final class FitRecorder implements Processor {

        private final int width;
        private final int height;
        private final List<BufferedImage> inputs = new ArrayList<>();

        FitRecorder(int width, int height) {
            this.width = width;
            this.height = height;
        }

        List<BufferedImage> inputs() {
            return inputs;
        }

        @Override
        public BufferedImage process(BufferedImage image) {
            inputs.add(image);
            Size out = outputSize(new Size(image.getWidth(), image.getHeight())).orElseThrow();
            BufferedImage result = new BufferedImage(out.width(), out.height(), image.getType());
            Graphics2D g = result.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, out.width(), out.height(), null);
            g.dispose();
            return result;
        }

        @Override
        public String cacheKey() {
            return CacheKey.of("FitRecorder").add("width", width).add("height", height)
                    .toString();
        }

        @Override
        public Optional<Size> outputSize(Size input) {
            double scale = Math.min((double) width / input.width(),
                    (double) height / input.height());
            return Optional.of(new Size(Math.max(1, (int) Math.round(input.width() * scale)),
                    Math.max(1, (int) Math.round(input.height() * scale))));
        }

        @Override
        public Size requiredInputSize(Size input, Size requiredOutput) {
            double scale = Math.max((double) requiredOutput.width() / input.width(),
                    (double) requiredOutput.height() / input.height());
            return new Size(Math.min(input.width(), (int) Math.ceil(input.width() * scale)),
                    Math.min(input.height(), (int) Math.ceil(input.height() * scale)));
        }
    }

    /** Passes the image through and records it. */
    static final class Recorder implements Processor {

        private final List<BufferedImage> inputs = new ArrayList<>();

        List<BufferedImage> inputs() {
            return inputs;
        }

        @Override
        public BufferedImage process(BufferedImage image) {
            inputs.add(image);
            return image;
        }

        @Override
        public String cacheKey() {
            return "Recorder()";
        }

        @Override
        public Optional<Size> outputSize(Size input) {
            return Optional.of(input);
        }
    }
}
