package io.github.jimagekit.bench.quality;

import io.github.jimagekit.processor.Crop;
import io.github.jimagekit.processor.ImageProperties;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.ResizeToCover;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.testing.ImageMetrics;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import net.coobird.thumbnailator.resizers.Resizer;
import net.coobird.thumbnailator.resizers.Resizers;

/**
 * Compares {@code ResizeToFill(SIZE, SIZE)} made by each resampler with Pillow's
 * {@code ImageOps.fit(img, (SIZE, SIZE), LANCZOS)} of the same photo: PSNR over RGB and luma
 * SSIM from {@link ImageMetrics}, per photo, then the mean and the minimum.
 *
 * <p>Run {@code bench/quality/pillow_reference.py PHOTO_DIR REF_DIR} first, then this class
 * with {@code PHOTO_DIR REF_DIR [SIZE]}; it prints two Markdown tables, against Pillow's
 * {@code ImageOps.fit} (fractional crop box) and against pilkit's own {@code ResizeToFill}
 * (whole-pixel cover size and crop, the geometry our {@code ResizeToFill} ports). Every photo is decoded whole with {@code ImageIO.read}
 * (grey ones read as sRGB grey, as Pillow does), except for the last variant, which decodes
 * only what {@code requiredInputSize} asks for (ImageIO subsampling with centred samples) and
 * tells the processor the full size, as the imaging engine's shrink-on-load does.
 */
public final class ResizeQuality {

    private ResizeQuality() {
    }

    private interface Variant {
        BufferedImage run(File photo, BufferedImage full, int size) throws IOException;
    }

    private static Map<String, Variant> variants() {
        Map<String, Variant> v = new LinkedHashMap<>();
        v.put("jimagekit Lanczos3", (f, img, s) -> new ResizeToFill(s, s).process(img));
        v.put("Thumbnailator default", (f, img, s) -> Thumbnails.of(img).size(s, s)
                .crop(Positions.CENTER).asBufferedImage());
        v.put("TN PROGRESSIVE", (f, img, s) -> coverThenCrop(img, s, Resizers.PROGRESSIVE));
        v.put("TN BICUBIC", (f, img, s) -> coverThenCrop(img, s, Resizers.BICUBIC));
        v.put("TN BILINEAR", (f, img, s) -> coverThenCrop(img, s, Resizers.BILINEAR));
        v.put("jimagekit, subsampled load", ResizeQuality::shrinkOnLoad);
        return v;
    }

    /** Thumbnailator's resizer to pilkit's cover size, then pilkit's centre crop. */
    private static BufferedImage coverThenCrop(BufferedImage img, int size, Resizer resizer) {
        Size cover = new ResizeToCover(size, size).outputSize(
                new Size(img.getWidth(), img.getHeight())).orElseThrow();
        BufferedImage dest = new BufferedImage(cover.width(), cover.height(),
                img.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                        : BufferedImage.TYPE_INT_RGB);
        resizer.resize(img, dest);
        return new Crop(size, size).process(dest);
    }

    /**
     * Decodes a subsampled image, then resizes it: ImageIO's subsampling picks single pixels
     * (it aliases), so, as Pillow's {@code thumbnail()} and the engine's subsampled decode do, the
     * step is the largest that leaves twice what {@code requiredInputSize} asks for, with the
     * samples centred; the processor is told the full size.
     */
    private static BufferedImage shrinkOnLoad(File photo, BufferedImage full, int size)
            throws IOException {
        Processor fill = new ResizeToFill(size, size);
        Size fullSize = new Size(full.getWidth(), full.getHeight());
        Size need = fill.requiredInputSize(fullSize, fill.outputSize(fullSize).orElseThrow());
        int n = Math.max(1, Math.min(fullSize.width() / (2 * need.width()),
                fullSize.height() / (2 * need.height())));
        try (ImageInputStream in = ImageIO.createImageInputStream(photo)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(n, n, (n - 1) / 2, (n - 1) / 2);
                BufferedImage small = normalise(reader.read(0, param));
                return fill.process(ImageProperties.with(small, ImageProperties.FULL_SIZE,
                        fullSize));
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Runs the comparison.
     *
     * @param args the photo directory, the reference directory, and optionally the size
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        ImageIO.setUseCache(false);
        File photos = new File(args[0]);
        File refs = new File(args[1]);
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Map<String, Variant> variants = variants();
        File[] files = photos.listFiles((d, n) -> n.toLowerCase(Locale.ROOT)
                .matches(".*\\.(jpe?g|png)"));
        Arrays.sort(files);
        Map<String, Map<String, double[]>> fit = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> pilkit = new LinkedHashMap<>();
        for (File f : files) {
            String base = f.getName().replaceFirst("\\.[^.]+$", "");
            BufferedImage refFit = ImageIO.read(new File(refs, "fit/" + base + ".png"));
            BufferedImage refPilkit = ImageIO.read(new File(refs, "pilkit/" + base + ".png"));
            BufferedImage full = normalise(ImageIO.read(f));
            String row = base + " " + full.getWidth() + "x" + full.getHeight();
            fit.put(row, new LinkedHashMap<>());
            pilkit.put(row, new LinkedHashMap<>());
            for (Map.Entry<String, Variant> e : variants.entrySet()) {
                BufferedImage out = e.getValue().run(f, full, size);
                fit.get(row).put(e.getKey(), score(refFit, out));
                pilkit.get(row).put(e.getKey(), score(refPilkit, out));
            }
        }
        print("Against Pillow `ImageOps.fit(img, (" + size + ", " + size + "), LANCZOS)`", fit,
                variants.keySet());
        print("Against pilkit `ResizeToFill(" + size + ", " + size + ")` (the same crop)",
                pilkit, variants.keySet());
    }

    private static double[] score(BufferedImage ref, BufferedImage out) {
        return new double[] {ImageMetrics.psnr(ref, out), ImageMetrics.ssim(ref, out)};
    }

    /** Prints a Markdown table: one row per photo, then the summary rows. */
    private static void print(String title, Map<String, Map<String, double[]>> rows,
            Iterable<String> variants) {
        StringBuilder head = new StringBuilder("| photo |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String v : variants) {
            head.append(' ').append(v).append(" |");
            rule.append("---|");
        }
        System.out.println();
        System.out.println(title + ": PSNR dB / luma SSIM");
        System.out.println();
        System.out.println(head);
        System.out.println(rule);
        for (Map.Entry<String, Map<String, double[]>> r : rows.entrySet()) {
            StringBuilder line = new StringBuilder("| " + r.getKey() + " |");
            r.getValue().values().forEach(s -> line.append(' ').append(cell(s)).append(" |"));
            System.out.println(line);
        }
        summary(rows, variants);
    }

    private static void summary(Map<String, Map<String, double[]>> rows,
            Iterable<String> variants) {
        StringBuilder mean = new StringBuilder("| **mean** (PSNR of the mean MSE) |");
        StringBuilder min = new StringBuilder("| **min** |");
        StringBuilder same = new StringBuilder("| identical images |");
        for (String v : variants) {
            double mse = 0;
            double ssim = 0;
            double minPsnr = Double.POSITIVE_INFINITY;
            double minSsim = 1;
            int identical = 0;
            for (Map<String, double[]> r : rows.values()) {
                double[] s = r.get(v);
                mse += Double.isInfinite(s[0]) ? 0 : 255.0 * 255.0 / Math.pow(10, s[0] / 10);
                ssim += s[1];
                minPsnr = Math.min(minPsnr, s[0]);
                minSsim = Math.min(minSsim, s[1]);
                identical += Double.isInfinite(s[0]) ? 1 : 0;
            }
            mse /= rows.size();
            double psnr = mse == 0 ? Double.POSITIVE_INFINITY
                    : 10 * Math.log10(255.0 * 255.0 / mse);
            mean.append(' ').append(cell(new double[] {psnr, ssim / rows.size()})).append(" |");
            min.append(' ').append(cell(new double[] {minPsnr, minSsim})).append(" |");
            same.append(' ').append(identical).append('/').append(rows.size()).append(" |");
        }
        System.out.println(mean);
        System.out.println(min);
        System.out.println(same);
    }

    private static String cell(double[] s) {
        String psnr = Double.isInfinite(s[0]) ? "∞" : String.format(Locale.ROOT, "%.2f", s[0]);
        return psnr + String.format(Locale.ROOT, " / %.4f", s[1]);
    }

    /**
     * Returns an image whose {@code getRGB} gives the sRGB values Pillow sees: grey images
     * (which ImageIO labels linear) are rebuilt from their raw samples.
     */
    static BufferedImage normalise(BufferedImage img) {
        int type = img.getColorModel().getColorSpace().getType();
        if (type != ColorSpace.TYPE_GRAY) {
            return img;
        }
        boolean alpha = img.getColorModel().hasAlpha();
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Raster r = img.getRaster();
        int bands = r.getNumBands();
        int[] samples = new int[w * bands];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, samples);
            for (int x = 0; x < w; x++) {
                int v = samples[x * bands];
                int a = alpha ? samples[x * bands + 1] : 255;
                row[x] = a << 24 | v << 16 | v << 8 | v;
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
