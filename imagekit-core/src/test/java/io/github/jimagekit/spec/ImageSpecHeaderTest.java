package io.github.jimagekit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.testing.ForwardingStorage;
import io.github.jimagekit.testing.TestImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link ImageSpec#predictSize()} reads a source's header: its first bytes only. */
final class ImageSpecHeaderTest {

    /** Records which reads reach the storage. */
    static final class ReadRecorder extends ForwardingStorage {
        final List<String> reads = Collections.synchronizedList(new ArrayList<>());

        ReadRecorder(Storage delegate) {
            super(delegate);
        }

        @Override
        public InputStream open(String name) throws IOException {
            reads.add("open " + name);
            return super.open(name);
        }

        @Override
        public byte[] readPrefix(String name, int maxBytes) throws IOException {
            reads.add("readPrefix " + name + " " + maxBytes);
            return delegate().readPrefix(name, maxBytes);
        }
    }

    @TempDir
    Path root;

    private ReadRecorder storage;

    @BeforeEach
    void setUp() {
        storage = new ReadRecorder(new FileSystemStorage(root, "/media/"));
    }

    @Test
    void predictSize_largeJpeg_readsTheFirstBytesOnly() throws IOException {
        byte[] jpeg = TestImages.withExifOrientation(noiseJpeg(600, 400), 6);
        assertThat(jpeg.length).isGreaterThan(ImageSpec.HEADER_BYTES);
        storage.save("photos/big.jpg", jpeg);

        assertThat(predict("photos/big.jpg")).contains(new Size(400, 600));
        assertThat(storage.reads).containsExactly("readPrefix photos/big.jpg 131072");
    }

    @Test
    void predictSize_headerBeyondTheFirstBytes_readsTheWholeFile() throws IOException {
        byte[] jpeg = TestImages.withExifOrientation(withPadding(noiseJpeg(600, 400), 180_000), 6);
        storage.save("photos/padded.jpg", jpeg);

        assertThat(predict("photos/padded.jpg")).contains(new Size(400, 600));
        assertThat(storage.reads).containsExactly("readPrefix photos/padded.jpg 131072",
                "open photos/padded.jpg");
    }

    @Test
    void predictSize_frameHeaderEndsJustInsideTheFirstBytes_keepsTheOrientation()
            throws IOException {
        byte[] plain = noiseJpeg(600, 400);
        int sof = frameHeaderEnd(plain);
        // pad so that the frame header ends a few bytes before the cut, the tables after it
        // (and the scan) beyond: the orientation must still be read
        int exifLength = TestImages.withExifOrientation(plain, 6).length - plain.length;
        int pad = ImageSpec.HEADER_BYTES - 8 - sof - exifLength;
        byte[] jpeg = TestImages.withExifOrientation(withPadding(plain, pad), 6);
        assertThat(frameHeaderEnd(jpeg)).isBetween(ImageSpec.HEADER_BYTES - 16,
                ImageSpec.HEADER_BYTES);
        storage.save("photos/cut.jpg", jpeg);

        assertThat(predict("photos/cut.jpg")).contains(new Size(400, 600));
        assertThat(storage.reads).containsExactly("readPrefix photos/cut.jpg 131072");
    }

    @Test
    void predictSize_smallFile_readsItOnce() throws IOException {
        storage.save("photos/small.png", TestImages.encode(TestImages.solid(30, 20,
                java.awt.Color.RED), "png"));

        assertThat(predict("photos/small.png")).contains(new Size(30, 20));
        assertThat(storage.reads).containsExactly("readPrefix photos/small.png 131072");
    }

    private java.util.Optional<Size> predict(String name) {
        GeneratorContext ctx = new GeneratorContext("app:thumb", Imaging.builder().build(),
                EncodeOptions.DEFAULT);
        return SpecDefinition.builder().build().create(ctx, GeneratorArguments.of(Map.of())
                .with("source", Source.of(storage, name))).predictSize();
    }

    /** A JPEG that does not compress: random pixels. */
    private static byte[] noiseJpeg(int width, int height) {
        return TestImages.encode(TestImages.noise(width, height, 42), "jpg");
    }

    /** Inserts APP4 segments of {@code total} bytes in all right after SOI. */
    private static byte[] withPadding(byte[] jpeg, int total) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (int left = total; left > 0; ) {
            // a segment is 4 bytes of marker and length, then at most 65,533 of data
            int segment = left > 60_000 + 4 ? 60_000 : left;
            out.write(0xFF);
            out.write(0xE4);
            out.write((segment - 2) >> 8);
            out.write((segment - 2) & 0xFF);
            out.writeBytes(new byte[segment - 4]);
            left -= segment;
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The offset just past the SOF0 segment. */
    private static int frameHeaderEnd(byte[] jpeg) {
        int i = 2;
        while (true) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (marker == 0xC0) {
                return i + 2 + length;
            }
            i += 2 + length;
        }
    }
}
