package io.github.jimagekit.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jimagekit.processor.Size;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds thousands of deterministically mutated and truncated JPEGs to the decoder: each must
 * decode, be declined, or fail with the decoder's own IOException, within a time bound per
 * batch; anything else (a RuntimeException, an Error, a hang) fails the test. Figures go to
 * {@code target/jpeg-reports/fuzz.md}.
 */
final class JpegFuzzTest {

    private static final long SEED = 0x5EED_1DC7L;
    private static final int BATCHES = 20;
    private static final int BATCH_SIZE = 500;
    private static final long MAX_HEADER_PIXELS = 4_000_000;
    private static final String[] SEEDS = {"s420-base-rst.jpg", "s420-prog-rst.jpg",
        "grey-prog.jpg", "s422-base.jpg", "s444-prog.jpg", "odd-7x9-411.jpg",
        "s411-prog-rst.jpg", "s440-base-rst.jpg", "s420-optimized.jpg", "tiny-1x1-prog.jpg"};
    private static final Size[] TARGETS = {new Size(1, 1), new Size(10, 7), new Size(19, 14),
        new Size(38, 27), new Size(75, 53)};

    private final ScaledJpegDecoder decoder = new ScaledJpegDecoder(new ScalePolicy(1.0, 1, 1),
            true);

    @Test
    void decode_mutatedOrTruncatedJpegs_decodeDeclineOrThrowDecodeException() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : SEEDS) {
            seeds.add(Fixtures.bytes(name));
        }
        Random random = new Random(SEED);
        int[] outcomes = new int[3];
        long[] slowest = new long[1];
        long start = System.nanoTime();
        for (int b = 0; b < BATCHES; b++) {
            int batch = b;
            List<byte[]> inputs = new ArrayList<>();
            List<Size> targets = new ArrayList<>();
            for (int i = 0; i < BATCH_SIZE; i++) {
                inputs.add(mutate(seeds.get(random.nextInt(seeds.size())), random));
                targets.add(TARGETS[random.nextInt(TARGETS.length)]);
            }
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                for (int i = 0; i < BATCH_SIZE; i++) {
                    long t0 = System.nanoTime();
                    outcomes[run(inputs.get(i), targets.get(i), batch * BATCH_SIZE + i)]++;
                    slowest[0] = Math.max(slowest[0], System.nanoTime() - t0);
                }
            }, "batch " + batch);
        }
        long total = System.nanoTime() - start;

        assertThat(outcomes[0]).as("decoded").isGreaterThan(BATCH_SIZE);
        assertThat(outcomes[2]).as("failed with JpegDecodeException").isGreaterThan(BATCH_SIZE);
        report(outcomes, slowest[0], total);
    }

    /** Decodes one input; returns 0 when decoded, 1 when declined, 2 when rejected. */
    private int run(byte[] jpeg, Size target, int index) {
        Size header = headerSize(jpeg);
        try {
            Optional<BufferedImage> image = decoder.decode(jpeg, header, target);
            if (image.isEmpty()) {
                return 1;
            }
            assertThat(image.get().getWidth()).isBetween(1, header.width());
            return 0;
        } catch (JpegDecodeException e) {
            assertThat(e.getMessage()).matches("(corrupt|truncated) JPEG: .+");
            return 2;
        } catch (Throwable t) {
            return fail("case " + index + " threw " + t + " for " + header, t);
        }
    }

    /**
     * The header size the engine would pass: the size the (mutated) SOF declares, when it is
     * readable and under a pixel limit, else the original size (which the decoder declines).
     */
    private static Size headerSize(byte[] jpeg) {
        int width = 75;
        int height = 53;
        try {
            JpegStream stream = new JpegStream(jpeg);
            stream.readToScan();
            Frame f = stream.frame();
            if (f != null && f.width > 0 && f.height > 0
                    && (long) f.width * f.height <= MAX_HEADER_PIXELS) {
                width = f.width;
                height = f.height;
            }
        } catch (JpegDecodeException | RuntimeException e) {
            // the regular decoder would refuse it too; keep the original size
        }
        return new Size(width, height);
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] d = seed.clone();
        switch (random.nextInt(6)) {
            case 0:
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    d[random.nextInt(d.length)] = (byte) random.nextInt(256);
                }
                return d;
            case 1:
                return Arrays.copyOf(d, 3 + random.nextInt(d.length - 3));
            case 2:
                int head = Math.min(d.length, 700);
                d[random.nextInt(head)] = (byte) random.nextInt(256);
                return d;
            case 3:
                int at = 2 + random.nextInt(d.length - 3);
                d[at] = (byte) 0xFF;
                d[at + 1] = (byte) (0xC0 + random.nextInt(64));
                return d;
            case 4:
                int from = 2 + random.nextInt(d.length - 2);
                int to = Math.min(d.length, from + 1 + random.nextInt(64));
                byte[] cut = new byte[d.length - (to - from)];
                System.arraycopy(d, 0, cut, 0, from);
                System.arraycopy(d, to, cut, from, d.length - to);
                return cut;
            default:
                int tail = d.length / 3;
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    int i = tail + random.nextInt(d.length - tail);
                    d[i] ^= (byte) (1 << random.nextInt(8));
                }
                return d;
        }
    }

    private static void report(int[] outcomes, long slowestNanos, long totalNanos)
            throws IOException {
        int cases = BATCHES * BATCH_SIZE;
        String md = String.format("| cases | decoded | declined | JpegDecodeException |"
                + " slowest case | total |%n|---|---|---|---|---|---|%n"
                + "| %d | %d | %d | %d | %.1f ms | %.1f s |%n", cases, outcomes[0], outcomes[1],
                outcomes[2], slowestNanos / 1e6, totalNanos / 1e9);
        Path dir = Files.createDirectories(Path.of("target", "jpeg-reports"));
        Files.writeString(dir.resolve("fuzz.md"), md);
    }
}
