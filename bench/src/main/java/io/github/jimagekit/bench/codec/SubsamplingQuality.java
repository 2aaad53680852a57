package io.github.jimagekit.bench.codec;

import io.github.jimagekit.codec.DecodedImage;
import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.ImageData;
import io.github.jimagekit.codec.ImageDecoder;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.codec.ImageHeader;
import io.github.jimagekit.codec.ImageIoDecoder;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.ImageMetrics;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures what subsampled decode costs in quality: every JPEG of a directory rendered to a
 * 200x200 {@code ResizeToFill}, subsampled with several margins, compared with the same
 * render from a full decode (PSNR over RGB, mean luma SSIM), before JPEG encoding and after
 * encoding both at quality 85. PSNR of identical images (no subsampling possible) counts as
 * 60 dB in the means. Also prints a rough single-run time per render (after a warm-up pass);
 * JMH's {@link SubsampledDecodeBenchmark} is the real speed measurement.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.github.jimagekit.bench.codec.SubsamplingQuality \
 *     /work/shared/peer-bench/images
 * </pre>
 */
public final class SubsamplingQuality {

    private static final int[] MARGINS = {1, 2, 3, 4};
    private static final double CAP = 60;

    private SubsamplingQuality() {
    }

    /**
     * Prints one line per image and the mean and worst per margin.
     *
     * @param args the directory of JPEGs
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().toLowerCase().endsWith(".jpg")).sorted()
                    .collect(Collectors.toList());
        }
        int n = files.size();
        double[][] psnr = new double[MARGINS.length][n];
        double[][] ssim = new double[MARGINS.length][n];
        double[][] psnrJpeg = new double[MARGINS.length][n];
        double[][] ssimJpeg = new double[MARGINS.length][n];
        double[] millis = new double[MARGINS.length + 1];
        // the reference decodes every pixel: the DCT-scaling decoder would shrink on load too
        Imaging full = Imaging.builder().subsampledDecode(false).jpegDctScaling(false).build();
        for (int pass = 0; pass < 2; pass++) {
            for (int f = 0; f < n; f++) {
                ImageData data = new ImageData(files.get(f).getFileName().toString(),
                        Files.readAllBytes(files.get(f)));
                long t0 = System.nanoTime();
                Rendered reference = render(full, data);
                millis[MARGINS.length] += pass == 1 ? (System.nanoTime() - t0) / 1e6 / n : 0;
                StringBuilder line = new StringBuilder(String.format("%-40s", data.name()));
                for (int m = 0; m < MARGINS.length; m++) {
                    Imaging sub = Imaging.builder()
                            .decoders(List.of(new MarginDecoder(MARGINS[m]))).build();
                    long t1 = System.nanoTime();
                    Rendered out = render(sub, data);
                    millis[m] += pass == 1 ? (System.nanoTime() - t1) / 1e6 / n : 0;
                    psnr[m][f] = Math.min(CAP, ImageMetrics.psnr(reference.pixels, out.pixels));
                    ssim[m][f] = ImageMetrics.ssim(reference.pixels, out.pixels);
                    psnrJpeg[m][f] = Math.min(CAP, ImageMetrics.psnr(reference.jpeg, out.jpeg));
                    ssimJpeg[m][f] = ImageMetrics.ssim(reference.jpeg, out.jpeg);
                    line.append(String.format(" m%d %5.2f/%.3f", MARGINS[m], psnr[m][f],
                            ssim[m][f]));
                }
                if (pass == 1) {
                    System.out.println(line);
                }
            }
        }
        System.out.printf("full decode: %.0f ms per render%n", millis[MARGINS.length]);
        for (int m = 0; m < MARGINS.length; m++) {
            System.out.printf("margin %d: %.0f ms; before encoding PSNR %.2f dB (min %.2f),"
                    + " SSIM %.4f (min %.4f); after q85 PSNR %.2f dB (min %.2f), SSIM %.4f"
                    + " (min %.4f)%n", MARGINS[m], millis[m], mean(psnr[m]), min(psnr[m]),
                    mean(ssim[m]), min(ssim[m]), mean(psnrJpeg[m]), min(psnrJpeg[m]),
                    mean(ssimJpeg[m]), min(ssimJpeg[m]));
        }
    }

    private static Rendered render(Imaging imaging, ImageData data) {
        Capture capture = new Capture(new ResizeToFill(200, 200));
        byte[] jpeg = imaging.render(data, capture, ImageFormat.JPEG, EncodeOptions.DEFAULT,
                true).bytes();
        return new Rendered(capture.output, TestImages.decode(jpeg));
    }

    /** A render's pixels before encoding and its decoded JPEG. */
    private record Rendered(BufferedImage pixels, BufferedImage jpeg) {
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static double min(double[] v) {
        double m = Double.MAX_VALUE;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    /**
     * The real ImageIO decoder (which keeps {@link ImageIoDecoder#SUBSAMPLING_MARGIN} times the
     * required size) asked for {@code margin / SUBSAMPLING_MARGIN} times the required size, so
     * that it keeps {@code margin} times it.
     */
    private static final class MarginDecoder implements ImageDecoder {

        private final ImageIoDecoder delegate = new ImageIoDecoder(true);
        private final int margin;

        MarginDecoder(int margin) {
            this.margin = margin;
        }

        @Override
        public Optional<ImageHeader> readHeader(ImageData data) throws IOException {
            return delegate.readHeader(data);
        }

        @Override
        public Optional<DecodedImage> decode(ImageData data, ImageHeader header, Size atLeast)
                throws IOException {
            int k = ImageIoDecoder.SUBSAMPLING_MARGIN;
            Size asked = new Size((atLeast.width() * margin + k - 1) / k,
                    (atLeast.height() * margin + k - 1) / k);
            return delegate.decode(data, header, asked);
        }
    }

    /** Runs a processor and keeps its output, so it can be compared before encoding. */
    private static final class Capture implements Processor {

        private final Processor delegate;
        private BufferedImage output;

        Capture(Processor delegate) {
            this.delegate = delegate;
        }

        @Override
        public BufferedImage process(BufferedImage image) {
            output = delegate.process(image);
            return output;
        }

        @Override
        public String cacheKey() {
            return delegate.cacheKey();
        }

        @Override
        public Optional<Size> outputSize(Size input) {
            return delegate.outputSize(input);
        }

        @Override
        public Size requiredInputSize(Size input, Size requiredOutput) {
            return delegate.requiredInputSize(input, requiredOutput);
        }
    }
}
