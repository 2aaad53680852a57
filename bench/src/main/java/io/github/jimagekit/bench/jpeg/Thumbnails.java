package io.github.jimagekit.bench.jpeg;

import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.processor.Size;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes the benchmark thumbnail from decoded pixels with the engine's own resampler: pilkit's
 * {@link ResizeToFill} to the target size (a centre crop), then JPEG quality 85: the
 * cold-generation work after decoding.
 */
final class Thumbnails {

    private Thumbnails() {
    }

    /**
     * Fills the target size from a photo's decoded pixels. The crop is planned from the decoded
     * size, as the processor does without the engine's full-size hint; at these reductions the
     * two plans differ by a fraction of a decoded pixel.
     *
     * @param photo   the photo
     * @param decoded its pixels
     * @return the {@code TYPE_INT_RGB} thumbnail
     */
    static BufferedImage fill(Photo photo, Decode.Scaled decoded) {
        Size target = photo.target();
        return new ResizeToFill(target.width(), target.height()).process(decoded.image());
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
