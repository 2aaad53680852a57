package io.github.jimagekit.bench.jpeg;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes the benchmark thumbnail from decoded pixels: the fill's centred crop box resampled with
 * Lanczos3 straight to the target size, then JPEG quality 85: the cold-generation work after
 * decoding, until the engine and processors are merged.
 */
final class Thumbnails {

    private Thumbnails() {
    }

    /**
     * Resamples the crop box of a photo's decoded pixels to the target size.
     *
     * @param photo   the photo
     * @param decoded its pixels
     * @return the {@code TYPE_INT_RGB} thumbnail
     */
    static BufferedImage fill(Photo photo, Decode.Scaled decoded) {
        double[] box = photo.cropBox();
        double s = decoded.step();
        double o = decoded.offset();
        return Lanczos.resize(decoded.image(), (box[0] - o) / s, (box[1] - o) / s,
                (box[2] - o) / s, (box[3] - o) / s, photo.target().width(),
                photo.target().height());
    }

    /**
     * Encodes a JPEG at quality 85 with the JDK's writer.
     *
     * @param image the pixels
     * @return the file
     * @throws IOException when encoding fails
     */
    static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
