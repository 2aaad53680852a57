package io.github.jimagekit.bench.compare;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.testing.ImageMetrics;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Our 200x200 centre fill (JPEG quality 85, the default DCT decoder) of each corpus JPEG
 * against the peer's: PSNR and SSIM against pilkit's {@code ResizeToFill(200, 200, 'c')} of
 * the full decode (Pillow LANCZOS, the same crop), next to the JPEG-loss floor (that reference
 * saved at quality 85) and the peer with Pillow's {@code draft()} (its own shrink-on-load).
 * The references come from {@code bench/compare/pilkit-reference.py CORPUS REFS}.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.compare.Quality REFS}
 */
public final class Quality {

    private Quality() {
    }

    /**
     * Prints one line per photo and one with the means.
     *
     * @param args the directory of Pillow's references
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path refs = Path.of(args[0]);
        List<String> jpegs = CorpusKit.names(CorpusKit.CORPUS, ".jpg");
        Path storage = Files.createTempDirectory("quality");
        double[] sums = new double[4];
        try (ImageKit kit = CorpusKit.kit(CorpusKit.CORPUS, storage, CorpusKit.Decoding.DCT)) {
            for (String name : jpegs) {
                String stem = name.substring(0, name.length() - 4);
                BufferedImage ref = read(Files.newInputStream(refs.resolve(stem + ".ref.png")));
                ImageCacheFile file = kit.cacheFile(ImageKit.THUMBNAIL, Map.of("source", name,
                        "width", 200, "height", 200, "anchor", "c"));
                double[] row = {
                    ImageMetrics.psnr(read(file.openStream()), ref),
                    ImageMetrics.ssim(read(file.openStream()), ref),
                    ImageMetrics.ssim(read(Files.newInputStream(refs.resolve(stem + ".q85.jpg"))),
                            ref),
                    ImageMetrics.ssim(
                            read(Files.newInputStream(refs.resolve(stem + ".draft.jpg"))), ref)};
                System.out.printf("quality image=%s psnr=%.2f ssim=%.3f floor-ssim=%.3f"
                        + " pillow-draft-ssim=%.3f%n", name, row[0], row[1], row[2], row[3]);
                for (int i = 0; i < row.length; i++) {
                    sums[i] += row[i];
                }
            }
        } finally {
            CorpusKit.delete(storage);
        }
        int n = jpegs.size();
        System.out.printf("quality image=mean psnr=%.2f ssim=%.3f floor-ssim=%.3f"
                + " pillow-draft-ssim=%.3f%n", sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n);
    }

    /** Reads an image, closing the stream (the metrics read pixels as RGB, any type). */
    private static BufferedImage read(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            return TestImages.decode(in.readAllBytes());
        }
    }
}
