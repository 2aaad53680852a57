package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares real photos decoded at 1/8, 1/4 and 1/2 with {@code djpeg -scale}, run here. Needs
 * the peer-bench corpus ({@code -Djpeg.corpus=DIR}, default
 * {@code /work/shared/peer-bench/images}) and djpeg on the PATH; skipped where either is missing
 * (CI). The table goes to {@code target/jpeg-reports/corpus-djpeg.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class CorpusDjpegTest {

    private static final Path CORPUS = Path.of(System.getProperty("jpeg.corpus",
            "/work/shared/peer-bench/images"));

    private final Map<String, String> report = new TreeMap<>();

    static Stream<Arguments> photos() throws IOException {
        if (!Files.isDirectory(CORPUS) || !djpegPresent()) {
            return Stream.of(Arguments.of(null, 0));
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> jpegs = files.filter(p -> p.toString().endsWith(".jpg")).sorted()
                    .collect(Collectors.toList());
            return jpegs.stream().flatMap(p -> Stream.of(8, 4, 2).map(n -> Arguments.of(p, n)));
        }
    }

    @ParameterizedTest(name = "{0} at 1/{1}")
    @MethodSource("photos")
    void decode_realPhoto_matchesDjpeg(Path photo, int reduction) throws Exception {
        Assumptions.assumeTrue(photo != null, "no corpus or no djpeg here");
        byte[] jpeg = Files.readAllBytes(photo);
        String sampling = sampling(jpeg);
        Process djpeg = new ProcessBuilder("djpeg", "-scale", "1/" + reduction,
                photo.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedImage expected = Pnm.read(djpeg.getInputStream().readAllBytes());
        assertThat(djpeg.waitFor()).isZero();

        PixelDiff diff = PixelDiff.of(Fixtures.decodeAt(jpeg, reduction), expected);

        report.merge(sampling + " " + photo.getFileName(), String.format("%d / %.3f",
                diff.max(), diff.mean()), (a, b) -> a + " | " + b);
        boolean upsampledByLibjpeg = sampling.equals("422") || sampling.equals("440");
        assertThat(diff.max()).isLessThanOrEqualTo(upsampledByLibjpeg ? 45 : 3);
        assertThat(diff.mean()).isLessThanOrEqualTo(upsampledByLibjpeg ? 2.0 : 0.15);
    }

    @AfterAll
    void writeReport() throws IOException {
        if (report.isEmpty()) {
            return;
        }
        StringBuilder md = new StringBuilder("| sampling, photo | 1/8 max / mean | 1/4 | 1/2 |\n"
                + "|---|---|---|---|\n");
        report.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v)
                .append(" |\n"));
        Path dir = Files.createDirectories(Path.of("target", "jpeg-reports"));
        Files.writeString(dir.resolve("corpus-djpeg.md"), md);
    }

    private static String sampling(byte[] jpeg) throws JpegDecodeException {
        JpegStream stream = new JpegStream(jpeg);
        stream.readToScan();
        Frame f = stream.frame();
        if (f.components.size() == 1) {
            return "grey";
        }
        return f.maxH == 1 && f.maxV == 1 ? "444" : f.maxH == 2 && f.maxV == 2 ? "420"
                : f.maxH == 2 ? "422" : f.maxV == 2 ? "440" : f.maxH + "x" + f.maxV;
    }

    private static boolean djpegPresent() {
        try {
            return new ProcessBuilder("djpeg", "-version").redirectErrorStream(true).start()
                    .waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
