package io.github.jimagekit.bench.jpeg;

import io.github.jimagekit.codec.DecodedImage;
import io.github.jimagekit.codec.JpegDctDecoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The ways the benchmarks decode a photo for a thumbnail, each returning the pixels with their
 * mapping to source coordinates.
 */
enum Decode {

    /** {@link JpegDctDecoder} with its default policy; ImageIO subsampled when it declines. */
    DCT {
        private final JpegDctDecoder decoder = new JpegDctDecoder();

        @Override
        Scaled decode(Photo photo) throws IOException {
            return dct(decoder, photo);
        }
    },
    /**
     * {@link JpegDctDecoder} demanding twice the requested pixels (the first rule),
     * decoding every file at every reduction.
     */
    DCT_2X {
        private final JpegDctDecoder decoder = new JpegDctDecoder(2.0, 1, 1);

        @Override
        Scaled decode(Photo photo) throws IOException {
            return dct(decoder, photo);
        }
    },
    /**
     * {@link JpegDctDecoder} with the pixel ratio of system property
     * {@code jpeg.minPixelRatio} (default 1.5), decoding every file at every reduction.
     */
    DCT_RATIO {
        private final JpegDctDecoder decoder = new JpegDctDecoder(
                Double.parseDouble(System.getProperty("jpeg.minPixelRatio", "1.5")), 1, 1);

        @Override
        Scaled decode(Photo photo) throws IOException {
            return dct(decoder, photo);
        }
    },
    /**
     * ImageIO with source subsampling: the largest step leaving at least twice the target on
     * both sides, samples centred (the engine's {@code ImageIoDecoder} pattern).
     */
    IMAGEIO_SUBSAMPLED {
        @Override
        Scaled decode(Photo photo) throws IOException {
            double ratio = Math.min((double) photo.header().width() / photo.atLeast().width(),
                    (double) photo.header().height() / photo.atLeast().height());
            return imageIo(photo, Math.max(1, (int) (ratio / 2)));
        }
    },
    /** ImageIO full-size decode. */
    IMAGEIO_FULL {
        @Override
        Scaled decode(Photo photo) throws IOException {
            return imageIo(photo, 1);
        }
    };

    static {
        ImageIO.setUseCache(false);
    }

    /**
     * Decodes a photo.
     *
     * @param photo the photo
     * @return the pixels and their mapping
     * @throws IOException when decoding fails
     */
    abstract Scaled decode(Photo photo) throws IOException;

    /**
     * Decoded pixels.
     *
     * @param image the {@code TYPE_INT_RGB} pixels
     * @param step  source pixels per decoded pixel
     */
    record Scaled(BufferedImage image, int step) {
    }

    private static Scaled dct(JpegDctDecoder decoder, Photo photo) throws IOException {
        Optional<DecodedImage> out = decoder.decode(photo.data(), photo.header(),
                photo.atLeast());
        if (out.isEmpty()) {
            return IMAGEIO_SUBSAMPLED.decode(photo);
        }
        BufferedImage image = out.get().image();
        int w = photo.header().width();
        int step = 1;
        for (int r = 8; r > 1; r /= 2) {
            if ((w + r - 1) / r == image.getWidth()) {
                step = r;
                break;
            }
        }
        return new Scaled(image, step);
    }

    /**
     * Decodes with ImageIO at a source subsampling step, samples centred.
     *
     * @param photo the photo
     * @param step  the step, 1 for a full-size decode
     * @return the pixels
     * @throws IOException when decoding fails
     */
    static Scaled imageIo(Photo photo, int step) throws IOException {
        ImageReader reader = jdkReader();
        try (ImageInputStream in = ImageIO.createImageInputStream(
                new ByteArrayInputStream(photo.data().bytes()))) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int offset = (step - 1) / 2;
            if (step > 1) {
                param.setSourceSubsampling(step, step, offset, offset);
            }
            BufferedImage image = reader.read(0, param);
            return new Scaled(rgb(image), step);
        } finally {
            reader.dispose();
        }
    }

    /** The JDK's own JPEG reader (TwelveMonkeys' delegates to it for these files). */
    private static ImageReader jdkReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        ImageReader first = null;
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            if (r.getClass().getName().startsWith("com.sun.")) {
                return r;
            }
            first = first == null ? r : first;
        }
        return first;
    }

    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(image, 0, 0, null);
        return out;
    }
}
