package io.github.jimagekit.codec.jpeg;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed test JPEGs under {@code src/test/resources/jpeg/} and their djpeg reference
 * decodes (made by {@code bench/jpeg/make-references.sh}), and decoding at a fixed scale.
 */
final class Fixtures {

    /** One JPEG of the manifest. */
    record Reference(String name, String sampling, String coding) {

        /** Returns the JPEG's bytes. */
        byte[] jpeg() {
            return bytes(name + ".jpg");
        }

        /** Returns djpeg's decode at {@code 1/reduction} scale. */
        BufferedImage djpeg(int reduction) {
            String ext = sampling.equals("grey") ? ".pgm" : ".ppm";
            return Pnm.read(bytes(name + ".1-" + reduction + ext));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Fixtures() {
    }

    /**
     * Lists the JPEGs that have references.
     *
     * @return the manifest's entries, in file order
     */
    static List<Reference> references() {
        List<Reference> list = new ArrayList<>();
        for (String line : new String(bytes("references.txt"), StandardCharsets.UTF_8)
                .split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.trim().split("\\s+");
                list.add(new Reference(f[0], f[1], f[2]));
            }
        }
        return list;
    }

    /**
     * Reads a resource of the fixture directory.
     *
     * @param name the file name
     * @return its bytes
     */
    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/jpeg/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes a JPEG at a fixed scale, bypassing the scale policy and the decline checks.
     *
     * @param jpeg      the file
     * @param reduction 1, 2, 4 or 8
     * @return the image
     * @throws IOException when the data is corrupt
     */
    static BufferedImage decodeAt(byte[] jpeg, int reduction) throws IOException {
        JpegStream stream = new JpegStream(jpeg);
        if (stream.readToScan() != JpegStream.SOS || !stream.frame().supported()) {
            throw new IllegalArgumentException("not a supported JPEG");
        }
        return new FrameDecoder(jpeg, stream, 8 / reduction, true).decode();
    }
}
