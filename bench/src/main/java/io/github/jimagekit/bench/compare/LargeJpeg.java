package io.github.jimagekit.bench.compare;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a large photo JPEG (50 MP by default) by enlarging the corpus photo with the most
 * pixels, bilinear, quality 90: a camera-sized input for {@link PeakHeap}.
 *
 * <p>Usage: {@code java -Xmx2g -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.compare.LargeJpeg OUT.jpg [MEGAPIXELS]}
 */
public final class LargeJpeg {

    private LargeJpeg() {
    }

    /**
     * Writes the file unless it exists.
     *
     * @param args the file to write, optionally the megapixels
     * @throws IOException when the corpus cannot be read or the file written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        double megapixels = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        if (Files.exists(out)) {
            return;
        }
        Path largest = CorpusKit.largestJpeg(CorpusKit.CORPUS);
        BufferedImage photo = ImageIO.read(largest.toFile());
        double scale = Math.sqrt(megapixels * 1e6 / photo.getWidth() / photo.getHeight());
        int w = (int) Math.round(photo.getWidth() * scale);
        int h = (int) Math.round(photo.getHeight() * scale);
        BufferedImage large = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = large.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, w, h, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(part.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(large, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.move(part, out);
        System.out.printf("wrote %s: %dx%d from %s%n", out, w, h, largest.getFileName());
    }
}
