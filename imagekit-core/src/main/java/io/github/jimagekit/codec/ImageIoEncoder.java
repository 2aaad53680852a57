package io.github.jimagekit.codec;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes with ImageIO: JPEG, PNG, GIF, BMP, TIFF, and any other format an installed ImageIO
 * writer handles.
 *
 * <p>No metadata is written: a JPEG is a plain JFIF file (APP0 without thumbnail, then the
 * tables and the scan; no EXIF, no ICC profile, no comment), chroma subsampled 4:2:0, baseline
 * or progressive, with explicit quality ({@link EncodeOptions#quality()} / 100, IJG scale) and
 * optionally optimised Huffman tables. A PNG has only {@code IHDR}, {@code PLTE}/{@code tRNS}
 * when indexed, {@code IDAT} and {@code IEND}; {@code optimize} selects the strongest deflate
 * level. With TwelveMonkeys on the class path the JPEG writer is its {@code JPEGImageWriter},
 * which hands RGB images to the JDK's libjpeg writer unchanged.
 *
 * <p>Writes are in memory (no ImageIO disk cache) and writers are always disposed.
 */
public final class ImageIoEncoder implements ImageEncoder {

    /** Creates the encoder. */
    public ImageIoEncoder() {
        // stateless: writers are looked up per image
    }

    @Override
    public boolean supports(ImageFormat format) {
        Objects.requireNonNull(format, "format");
        return ImageIO.getImageWritersByFormatName(format.name()).hasNext();
    }

    @Override
    public byte[] encode(BufferedImage image, ImageFormat format, EncodeOptions options)
            throws IOException {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(options, "options");
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.name());
        if (!writers.hasNext()) {
            throw new IIOException("no ImageIO writer for " + format);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = param(writer, format, options);
            writer.write(null, new IIOImage(encodable(image, format), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriteParam param(ImageWriter writer, ImageFormat format,
            EncodeOptions options) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format.equals(ImageFormat.JPEG)) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(options.quality() / 100f);
            if (options.progressive()) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            if (options.optimize() && param instanceof JPEGImageWriteParam jpeg) {
                jpeg.setOptimizeHuffmanTables(true);
            }
        } else if (format.equals(ImageFormat.PNG) && options.optimize()
                && param.canWriteCompressed()) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            // the JDK's PNG writer maps quality 0 to deflate level 9
            param.setCompressionQuality(0f);
        }
        return param;
    }

    /**
     * Drops alpha for formats that cannot store it: {@link Imaging} flattens such images
     * first when autoconvert is on, so this only happens with autoconvert off, where a
     * plain RGB copy is the least surprising result (libjpeg would write a four-channel file
     * no browser shows).
     */
    private static BufferedImage encodable(BufferedImage image, ImageFormat format) {
        if (format.supportsAlpha()) {
            return image;
        }
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_INT_BGR) {
            return image;
        }
        BufferedImage rgb = IntPixels.create(image.getWidth(), image.getHeight(), false);
        int[] dst = IntPixels.data(rgb);
        int w = image.getWidth();
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, dst, y * w, w);
        }
        return rgb;
    }
}
