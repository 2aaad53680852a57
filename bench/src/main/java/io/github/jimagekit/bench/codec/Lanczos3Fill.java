package io.github.jimagekit.bench.codec;

import io.github.jimagekit.processor.CacheKey;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Optional;

/**
 * Cover-and-centre-crop to a fixed size with one separable Lanczos3 pass, the resample the
 * thumbnail processors do (COLD-PATH.md "C*"); a stand-in so the engine can be measured on its
 * own. Opaque {@code TYPE_INT_RGB} input and output.
 */
public final class Lanczos3Fill implements Processor {

    private static final int RADIUS = 3;

    private final int width;
    private final int height;

    /**
     * Creates the processor.
     *
     * @param width  the output width
     * @param height the output height
     */
    public Lanczos3Fill(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.max((double) width / w, (double) height / h);
        double cropW = width / scale;
        double cropH = height / scale;
        int[] src = pixels(image);
        float[][] rows = horizontal(src, w, h, (w - cropW) / 2, scale);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        vertical(rows, h, (h - cropH) / 2, scale, pixels(out));
        return out;
    }

    @Override
    public String cacheKey() {
        return CacheKey.of("Lanczos3Fill").add("width", width).add("height", height)
                .toString();
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(new Size(width, height));
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        double scale = Math.max((double) width / input.width(),
                (double) height / input.height());
        return new Size(Math.min(input.width(), (int) Math.ceil(input.width() * scale)),
                Math.min(input.height(), (int) Math.ceil(input.height() * scale)));
    }

    private static int[] pixels(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB, was " + image.getType());
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Resamples every row to {@code width} samples; returns R, G, B planes. */
    private float[][] horizontal(int[] src, int w, int h, double x0, double scale) {
        Taps taps = Taps.of(width, w, x0, scale);
        float[][] out = {new float[width * h], new float[width * h], new float[width * h]};
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < width; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                int first = taps.first[x];
                float[] wt = taps.weights[x];
                for (int k = 0; k < wt.length; k++) {
                    int p = src[row + first + k];
                    r += wt[k] * ((p >> 16) & 0xff);
                    g += wt[k] * ((p >> 8) & 0xff);
                    b += wt[k] * (p & 0xff);
                }
                out[0][y * width + x] = r;
                out[1][y * width + x] = g;
                out[2][y * width + x] = b;
            }
        }
        return out;
    }

    private void vertical(float[][] planes, int h, double y0, double scale, int[] dst) {
        Taps taps = Taps.of(height, h, y0, scale);
        for (int y = 0; y < height; y++) {
            int first = taps.first[y];
            float[] wt = taps.weights[y];
            for (int x = 0; x < width; x++) {
                int rgb = 0;
                for (float[] plane : planes) {
                    float v = 0;
                    for (int k = 0; k < wt.length; k++) {
                        v += wt[k] * plane[(first + k) * width + x];
                    }
                    rgb = rgb << 8 | Math.max(0, Math.min(255, Math.round(v)));
                }
                dst[y * width + x] = rgb;
            }
        }
    }

    /** Normalised Lanczos3 weights of the source samples for each output sample. */
    private static final class Taps {

        final int[] first;
        final float[][] weights;

        private Taps(int[] first, float[][] weights) {
            this.first = first;
            this.weights = weights;
        }

        static Taps of(int outLength, int inLength, double offset, double scale) {
            double support = scale < 1 ? RADIUS / scale : RADIUS;
            double filterScale = Math.min(1, scale);
            int[] first = new int[outLength];
            float[][] weights = new float[outLength][];
            for (int i = 0; i < outLength; i++) {
                double centre = offset + (i + 0.5) / scale;
                int lo = Math.max(0, (int) Math.floor(centre - support));
                int hi = Math.min(inLength - 1, (int) Math.ceil(centre + support));
                float[] wt = new float[hi - lo + 1];
                double sum = 0;
                for (int k = lo; k <= hi; k++) {
                    double v = lanczos3((k + 0.5 - centre) * filterScale);
                    wt[k - lo] = (float) v;
                    sum += v;
                }
                for (int k = 0; k < wt.length; k++) {
                    wt[k] /= (float) sum;
                }
                first[i] = lo;
                weights[i] = wt;
            }
            return new Taps(first, weights);
        }

        private static double lanczos3(double x) {
            if (x == 0) {
                return 1;
            }
            if (x <= -RADIUS || x >= RADIUS) {
                return 0;
            }
            double px = Math.PI * x;
            return RADIUS * Math.sin(px) * Math.sin(px / RADIUS) / (px * px);
        }
    }
}
