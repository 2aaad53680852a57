package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.codec.jpeg.Fixtures.Reference;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every committed JPEG, decoded at every scale, with libjpeg-turbo's
 * {@code djpeg -scale 1/N} decode of the same file. The bounds per scale and subsampling are
 * the documented accuracy (imagekit-core/docs/jpeg-decoder.md); the measured table is written to
 * {@code target/jpeg-reports/djpeg-accuracy.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DjpegReferenceTest {

    /**
     * Largest allowed {max, mean x 1000} per sampling, at 1/1 and at the reduced scales.
     * Greyscale, 4:4:4 and 4:2:0 decode as libjpeg-turbo does at every scale: differences are
     * IDCT rounding, amplified to at most 3 by the colour conversion. For 4:2:2, 4:4:0 and 4:1:1,
     * libjpeg-turbo decodes chroma at reduced scales to a lower resolution and upsamples it
     * (replicating it at 1/8), where this decoder inverse-transforms it straight to the output
     * resolution; on this saturated synthetic scene that differs a lot from djpeg, but it is
     * much closer to the box-downscaled full decode ({@link FullDecodeComparisonTest}).
     */
    private static final Map<String, int[][]> BOUNDS = Map.of(
            "grey", new int[][] {{1, 100}, {1, 100}},
            "444", new int[][] {{3, 150}, {3, 250}},
            "420", new int[][] {{3, 150}, {3, 250}},
            "422", new int[][] {{3, 150}, {150, 30_000}},
            "440", new int[][] {{3, 150}, {170, 30_000}},
            "411", new int[][] {{3, 150}, {170, 35_000}});

    private final Map<String, List<String>> report = new TreeMap<>();

    static Stream<Arguments> cases() {
        return Fixtures.references().stream().flatMap(r -> Stream.of(8, 4, 2, 1)
                .map(n -> Arguments.of(r, n)));
    }

    @ParameterizedTest(name = "{0} at 1/{1}")
    @MethodSource("cases")
    void decode_committedJpeg_matchesDjpegWithinDocumentedBounds(Reference ref, int reduction)
            throws IOException {
        BufferedImage expected = ref.djpeg(reduction);
        BufferedImage actual = Fixtures.decodeAt(ref.jpeg(), reduction);

        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        PixelDiff diff = PixelDiff.of(actual, expected);
        record(ref, reduction, diff);
        int[] bound = BOUNDS.get(ref.sampling())[reduction == 1 ? 0 : 1];
        assertThat(diff.max()).as("max error").isLessThanOrEqualTo(bound[0]);
        assertThat(diff.mean()).as("mean error").isLessThanOrEqualTo(bound[1] / 1000.0);
    }

    private synchronized void record(Reference ref, int reduction, PixelDiff diff) {
        report.computeIfAbsent(ref.sampling() + " " + ref.name() + " (" + ref.coding() + ")",
                k -> new ArrayList<>(List.of("", "", "", "")))
                .set(List.of(8, 4, 2, 1).indexOf(reduction),
                        String.format("%d / %.3f", diff.max(), diff.mean()));
    }

    @AfterAll
    void writeReport() throws IOException {
        StringBuilder md = new StringBuilder("| sampling, file | 1/8 max / mean | 1/4 | 1/2"
                + " | 1/1 |\n|---|---|---|---|---|\n");
        report.forEach((k, v) -> md.append("| ").append(k).append(" | ")
                .append(String.join(" | ", v)).append(" |\n"));
        Path dir = Files.createDirectories(Path.of("target", "jpeg-reports"));
        Files.writeString(dir.resolve("djpeg-accuracy.md"), md);
    }
}
