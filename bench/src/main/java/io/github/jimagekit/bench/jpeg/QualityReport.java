package io.github.jimagekit.bench.jpeg;

import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.ImageMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Prints, per corpus photo and decode variant, the DCT scale used, the decode time and the
 * SSIM / PSNR of the final 200x200 quality-85 thumbnail ({@code ResizeToFill}) against pilkit's
 * {@code ResizeToFill(200, 200)} of the full image (what django-imagekit makes; the same
 * geometry, so only decoding and encoding separate them), next to pilkit on Pillow
 * {@code draft()}'s and the JPEG-loss floor (the reference saved at quality 85), as Markdown.
 *
 * <p>Usage: {@code bench/compare/pilkit-reference.py CORPUS REFS}, then
 * {@code java -cp bench/target/benchmarks.jar io.github.jimagekit.bench.jpeg.QualityReport
 * REFS [VARIANT...]}; the corpus comes from {@code -Djpeg.corpus}.
 */
public final class QualityReport {

    private static final int TIMED_RUNS = 5;

    private QualityReport() {
    }

    /**
     * Runs the report.
     *
     * @param args the reference directory, then optionally the variants to measure
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path refs = Path.of(args[0]);
        List<Decode> variants = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            variants.add(Decode.valueOf(args[i]));
        }
        if (variants.isEmpty()) {
            variants.addAll(List.of(Decode.DCT, Decode.IMAGEIO_SUBSAMPLED, Decode.IMAGEIO_FULL));
        }
        List<Photo> photos = Photo.load(Photo.CORPUS, new Size(200, 200));
        for (Photo p : photos) {
            for (Decode d : variants) {
                d.decode(p);
            }
        }
        printHeader(variants);
        Map<Decode, double[]> sums = new EnumMap<>(Decode.class);
        double[] floor = new double[3];
        double[] draft = new double[3];
        for (Photo p : photos) {
            String stem = p.name().substring(0, p.name().length() - 4);
            BufferedImage ref = read(refs.resolve(stem + ".ref.png"));
            StringBuilder row = new StringBuilder("| " + p.name() + " | "
                    + score(floor, ref, read(refs.resolve(stem + ".q85.jpg"))) + " | "
                    + score(draft, ref, read(refs.resolve(stem + ".draft.jpg"))) + " |");
            for (Decode d : variants) {
                row.append(measure(p, d, ref, sums.computeIfAbsent(d, k -> new double[4])));
            }
            System.out.println(row);
        }
        int n = photos.size();
        StringBuilder mean = new StringBuilder(String.format("| **mean (min SSIM)** | %.3f (%.3f)"
                + " | %.3f (%.3f) |", floor[0] / n, floor[2], draft[0] / n, draft[2]));
        for (Decode d : variants) {
            double[] s = sums.get(d);
            mean.append(String.format(" %.1f ms/img, %.2f dB, %.3f (%.3f) |", s[3] / n, s[1] / n,
                    s[0] / n, s[2]));
        }
        System.out.println(mean);
    }

    private static void printHeader(List<Decode> variants) {
        StringBuilder head = new StringBuilder("| photo | floor SSIM | pilkit + draft SSIM |");
        StringBuilder line = new StringBuilder("|---|---|---|");
        for (Decode d : variants) {
            head.append(' ').append(d).append(" step, ms, PSNR, SSIM |");
            line.append("---|");
        }
        System.out.println(head);
        System.out.println(line);
    }

    /** Times a variant's decode (median), makes the thumbnail and scores it; one table cell. */
    private static String measure(Photo p, Decode d, BufferedImage ref, double[] sums)
            throws IOException {
        long[] times = new long[TIMED_RUNS];
        Decode.Scaled scaled = null;
        for (int i = 0; i < TIMED_RUNS; i++) {
            long t0 = System.nanoTime();
            scaled = d.decode(p);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        BufferedImage thumb = read(Thumbnails.jpeg(Thumbnails.fill(p, scaled)));
        sums[3] += times[TIMED_RUNS / 2] / 1e6;
        return String.format(" 1/%d, %.1f, %s |", scaled.step(), times[TIMED_RUNS / 2] / 1e6,
                full(sums, ref, thumb));
    }

    /** Adds SSIM, PSNR and the running SSIM minimum to sums; returns "SSIM". */
    private static String score(double[] sums, BufferedImage ref, BufferedImage image) {
        double ssim = ImageMetrics.ssim(image, ref);
        sums[0] += ssim;
        sums[1] += ImageMetrics.psnr(image, ref);
        sums[2] = sums[2] == 0 ? ssim : Math.min(sums[2], ssim);
        return String.format("%.3f", ssim);
    }

    /** Like {@link #score} but returns "PSNR, SSIM". */
    private static String full(double[] sums, BufferedImage ref, BufferedImage image) {
        double psnr = ImageMetrics.psnr(image, ref);
        return String.format("%.2f, %s", psnr, score(sums, ref, image));
    }

    private static BufferedImage read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }
}
