package io.github.jimagekit.bench.compare;

import io.github.jimagekit.testing.TestImages;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a large photo JPEG (50 MP by default) by enlarging the corpus photo with the most
 * pixels, bilinear, ImageIO's default JPEG quality: a camera-sized input for {@link PeakHeap}.
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
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Files.write(part, TestImages.encode(large, "jpeg"));
        Files.move(part, out);
        System.out.printf("wrote %s: %dx%d from %s%n", out, w, h, largest.getFileName());
    }
}
