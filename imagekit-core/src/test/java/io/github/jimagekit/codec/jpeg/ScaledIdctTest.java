package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ScaledIdctTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "2,2", "4,4", "8,8", "2,1", "1,2", "4,2", "8,4", "8,2", "2,8"})
    void transform_randomBlocks_equalsBoxAverageOfExactIdct(int width, int height) {
        ScaledIdct idct = new ScaledIdct(width, height);
        Random random = new Random(width * 31L + height);
        int[] quant = new int[64];
        Arrays.fill(quant, 1);
        int worst = 0;
        for (int trial = 0; trial < 500; trial++) {
            int[] coef = new int[64];
            int[] nonzero = new int[63];
            int n = 0;
            coef[0] = random.nextInt(1600) - 800;
            for (int z = 1; z < 64; z++) {
                if (random.nextInt(4) == 0) {
                    coef[z] = random.nextInt(121) - 60;
                    nonzero[n++] = z;
                }
            }
            byte[] out = new byte[width * height];

            idct.transform(coef, nonzero, n, quant, out, 0, width);

            int[] expected = reference(coef, width, height);
            for (int i = 0; i < out.length; i++) {
                worst = Math.max(worst, Math.abs((out[i] & 0xFF) - expected[i]));
            }
        }
        assertThat(worst).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "4,4", "8,2"})
    void transform_dcOnly_fillsBlockWithLibjpegRounding(int width, int height) {
        ScaledIdct idct = new ScaledIdct(width, height);
        int[] coef = new int[64];
        coef[0] = -21;
        int[] quant = new int[64];
        Arrays.fill(quant, 3);
        byte[] out = new byte[width * height];

        idct.transform(coef, new int[0], 0, quant, out, 0, width);

        // (-63 + 4) >> 3 = -8, plus 128
        for (byte b : out) {
            assertThat(b & 0xFF).isEqualTo(120);
        }
    }

    @ParameterizedTest(name = "{0}x{0}")
    @CsvSource({"1", "2", "4"})
    void relevantCoefficients_reducedSize_skipsThoseAveragingToZero(int size) {
        int[] relevant = new ScaledIdct(size, size).relevantCoefficients();

        assertThat(relevant).hasSize(size == 1 ? 0 : size == 2 ? 24 : 48);
        assertThat(relevant).doesNotContain(4, 32);
    }

    /** Full 8x8 IDCT in double precision, then box average, rounded and clamped. */
    private static int[] reference(int[] coef, int width, int height) {
        double[] full = new double[64];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                double s = 0;
                for (int v = 0; v < 8; v++) {
                    for (int u = 0; u < 8; u++) {
                        double cu = u == 0 ? Math.sqrt(0.5) : 1;
                        double cv = v == 0 ? Math.sqrt(0.5) : 1;
                        s += cu * cv * coef[v * 8 + u] * Math.cos((2 * x + 1) * u * Math.PI / 16)
                                * Math.cos((2 * y + 1) * v * Math.PI / 16);
                    }
                }
                full[y * 8 + x] = s / 4;
            }
        }
        int kx = 8 / width;
        int ky = 8 / height;
        int[] out = new int[width * height];
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                double sum = 0;
                for (int y = i * ky; y < (i + 1) * ky; y++) {
                    for (int x = j * kx; x < (j + 1) * kx; x++) {
                        sum += full[y * 8 + x];
                    }
                }
                long v = Math.round(sum / (kx * ky)) + 128;
                out[i * width + j] = (int) Math.max(0, Math.min(255, v));
            }
        }
        return out;
    }
}
