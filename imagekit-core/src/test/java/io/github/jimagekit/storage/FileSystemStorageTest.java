package io.github.jimagekit.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.UnsafeNameException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FileSystemStorageTest {

    @TempDir
    Path root;

    private FileSystemStorage storage() {
        return new FileSystemStorage(root, "/media");
    }

    @Test
    void save_thenRead_returnsContentAndMetadata() throws IOException {
        FileSystemStorage s = storage();
        s.save("photos/dog.jpg", "woof".getBytes(UTF_8));

        assertThat(s.exists("photos/dog.jpg")).isTrue();
        assertThat(s.read("photos/dog.jpg")).asString(UTF_8).isEqualTo("woof");
        assertThat(Files.readString(root.resolve("photos/dog.jpg"))).isEqualTo("woof");
        FileInfo info = s.stat("photos/dog.jpg").orElseThrow();
        assertThat(info.size()).isEqualTo(4);
        assertThat(info.lastModified()).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void save_existingName_replacesContent() throws IOException {
        FileSystemStorage s = storage();
        s.save("a.txt", "one".getBytes(UTF_8));
        s.save("a.txt", "two".getBytes(UTF_8));
        assertThat(s.read("a.txt")).asString(UTF_8).isEqualTo("two");
    }

    @Test
    void save_contentFailsHalfway_leavesNoFileAndNoTemporary() throws IOException {
        FileSystemStorage s = storage();
        InputStream failing = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> s.save("photos/big.jpg", failing))
                .isInstanceOf(IOException.class).hasMessage("connection reset");

        assertThat(s.exists("photos/big.jpg")).isFalse();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void save_contentFailsHalfway_keepsThePreviousFileWhole() throws IOException {
        FileSystemStorage s = storage();
        s.save("a.txt", "previous".getBytes(UTF_8));
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> s.save("a.txt", failing)).isInstanceOf(IOException.class);

        assertThat(s.read("a.txt")).asString(UTF_8).isEqualTo("previous");
    }

    @Test
    void save_concurrentWritersAndReaders_readersNeverSeeAPartialFile() throws Exception {
        FileSystemStorage s = storage();
        byte[] a = "A".repeat(200_000).getBytes(UTF_8);
        byte[] b = "B".repeat(200_000).getBytes(UTF_8);
        s.save("x.bin", a);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?> writer = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 40; i++) {
                    s.save("x.bin", i % 2 == 0 ? b : a);
                }
                return null;
            });
            Future<Integer> reader = pool.submit(() -> {
                start.await();
                int reads = 0;
                while (!writer.isDone()) {
                    byte[] got = s.read("x.bin");
                    assertThat(got).satisfiesAnyOf(g -> assertThat(g).isEqualTo(a),
                            g -> assertThat(g).isEqualTo(b));
                    reads++;
                }
                return reads;
            });
            start.countDown();
            writer.get();
            assertThat(reader.get()).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void open_missingFile_throwsNoSuchFileNamingTheStorageNameOnly() {
        assertThatThrownBy(() -> storage().open("photos/none.jpg"))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage("photos/none.jpg");
        assertThatThrownBy(() -> storage().read("photos/none.jpg"))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageNotContaining(root.toString());
    }

    @Test
    void readPrefix_longAndShortFiles_returnsAtMostTheFirstBytes() throws IOException {
        FileSystemStorage s = storage();
        s.save("a.bin", "0123456789".getBytes(UTF_8));

        assertThat(new String(s.readPrefix("a.bin", 4), UTF_8)).isEqualTo("0123");
        assertThat(new String(s.readPrefix("a.bin", 64), UTF_8)).isEqualTo("0123456789");
        assertThatThrownBy(() -> s.readPrefix("none.bin", 4))
                .isInstanceOf(NoSuchFileException.class).hasMessage("none.bin");
        assertThatThrownBy(() -> s.readPrefix("a.bin", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be at least 1, was 0");
    }

    @Test
    void stat_missingFile_isEmpty() throws IOException {
        assertThat(storage().stat("none.jpg")).isEmpty();
        assertThat(storage().exists("none.jpg")).isFalse();
    }

    @Test
    void delete_existingAndMissing_reportsWhetherSomethingWasDeleted() throws IOException {
        FileSystemStorage s = storage();
        s.save("a/b.txt", new byte[] {1});
        assertThat(s.delete("a/b.txt")).isTrue();
        assertThat(s.delete("a/b.txt")).isFalse();
        assertThat(s.exists("a/b.txt")).isFalse();
    }

    @Test
    void list_directory_returnsFilesRecursivelyWithoutTemporaries() throws IOException {
        FileSystemStorage s = storage();
        s.save("photos/a.jpg", new byte[] {1});
        s.save("photos/2024/b.jpg", new byte[] {1});
        s.save("other/c.jpg", new byte[] {1});
        Files.write(root.resolve("photos/" + FileSystemStorage.TEMP_PREFIX + "123-a.jpg"),
                new byte[] {1});

        try (Stream<String> names = s.list("photos")) {
            assertThat(names).containsExactlyInAnyOrder("photos/a.jpg", "photos/2024/b.jpg");
        }
        try (Stream<String> names = s.list("")) {
            assertThat(names).hasSize(3);
        }
        try (Stream<String> names = s.list("missing")) {
            assertThat(names).isEmpty();
        }
    }

    @Test
    void url_encodesEachSegmentAndKeepsSlashes() {
        assertThat(storage().url("photos/my dog#1.jpg"))
                .isEqualTo("/media/photos/my%20dog%231.jpg");
        assertThat(new FileSystemStorage(root, "https://cdn.example.com/m/").url("ä.jpg"))
                .isEqualTo("https://cdn.example.com/m/%C3%A4.jpg");
    }

    @Test
    void everyOperation_unsafeName_refusedBeforeAnyIo() {
        FileSystemStorage s = storage();
        for (String bad : List.of("../outside.txt", "/etc/passwd", "a\\b", "a/../../b")) {
            assertThatThrownBy(() -> s.exists(bad)).isInstanceOf(UnsafeNameException.class);
            assertThatThrownBy(() -> s.open(bad)).isInstanceOf(UnsafeNameException.class);
            assertThatThrownBy(() -> s.save(bad, new byte[] {1}))
                    .isInstanceOf(UnsafeNameException.class);
            assertThatThrownBy(() -> s.delete(bad)).isInstanceOf(UnsafeNameException.class);
            assertThatThrownBy(() -> s.url(bad)).isInstanceOf(UnsafeNameException.class);
            assertThatThrownBy(() -> s.stat(bad)).isInstanceOf(UnsafeNameException.class);
        }
        assertThat(root.getParent().resolve("outside.txt")).doesNotExist();
    }
}
