package io.github.jimagekit.example;

import io.github.jimagekit.testing.TestImages;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the sample photos the WAR ships ({@code src/main/webapp/WEB-INF/samples/}) and its
 * fallback picture ({@code src/main/webapp/static/missing.png}). They were made once with
 *
 * <pre>{@code
 * ./mvnw -B -q -pl example-war -am test-compile
 * java -cp example-war/target/test-classes:imagekit-core/target/test-classes \
 *     io.github.jimagekit.example.SampleImages example-war/src/main/webapp
 * }</pre>
 *
 * <p>and are committed; {@code SampleImagesTest} checks what the README says of them.
 */
final class SampleImages {

    /** The JPEG quality of the samples: small files, still clean gradients. */
    static final float QUALITY = 0.72f;

    /** The long side of every sample, in pixels. */
    static final int LONG_SIDE = 1440;

    /** The sample whose pixels are stored on their side, with EXIF orientation 6. */
    static final String ROTATED = "lighthouse.jpg";

    /** The sample with an alpha channel. */
    static final String TRANSPARENT = "paper-badge.png";

    private SampleImages() {
    }

    /**
     * Writes the samples and the fallback picture.
     *
     * @param args the web application directory ({@code example-war/src/main/webapp})
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path webapp = Path.of(args.length > 0 ? args[0] : "example-war/src/main/webapp");
        Path samples = Files.createDirectories(webapp.resolve("WEB-INF/samples"));
        for (Map.Entry<String, Supplier<byte[]>> e : samples().entrySet()) {
            Files.write(samples.resolve(e.getKey()), e.getValue().get());
        }
        Files.write(Files.createDirectories(webapp.resolve("static")).resolve("missing.png"),
                png(SampleScenes.missing()));
    }

    /** The samples by file name, each encoded on demand. */
    static Map<String, Supplier<byte[]>> samples() {
        Map<String, Supplier<byte[]>> m = new LinkedHashMap<>();
        m.put("alpine-lake.jpg", () -> jpeg(shipped(SampleScenes.alpineLake())));
        m.put("city-night.jpg", () -> jpeg(shipped(SampleScenes.cityNight())));
        m.put("desert-dunes.jpg", () -> jpeg(shipped(SampleScenes.desertDunes())));
        m.put("forest-mist.jpg", () -> jpeg(shipped(SampleScenes.forestMist())));
        m.put(ROTATED, () -> TestImages.withExifOrientation(jpeg(
                rotateCounterClockwise(shipped(SampleScenes.lighthouseUpright()))), 6));
        m.put("northern-lights.jpg", () -> jpeg(shipped(SampleScenes.northernLights())));
        m.put(TRANSPARENT, () -> png(SampleScenes.paperBadge()));
        m.put("sunset-sea.jpg", () -> jpeg(shipped(SampleScenes.sunsetSea())));
        m.put("tulip-field.jpg", () -> jpeg(shipped(SampleScenes.tulipField())));
        return m;
    }

    /**
     * Turns an upright picture on its side, as a camera held upright stores it: rotating the
     * result 90 degrees clockwise (what EXIF orientation 6 asks for) gives the picture back.
     */
    static BufferedImage rotateCounterClockwise(BufferedImage upright) {
        int w = upright.getHeight();
        int h = upright.getWidth();
        BufferedImage stored = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                stored.setRGB(x, y, upright.getRGB(h - 1 - y, x));
            }
        }
        return stored;
    }

    /** Scales a scene to the size the photos ship at (1440 pixels on the long side). */
    static BufferedImage shipped(BufferedImage scene) {
        double f = (double) LONG_SIDE / Math.max(scene.getWidth(), scene.getHeight());
        int w = (int) Math.round(scene.getWidth() * f);
        int h = (int) Math.round(scene.getHeight() * f);
        BufferedImage out = new BufferedImage(w, h, scene.getType());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(scene, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
