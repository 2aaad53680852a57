package io.github.jimagekit.bench.compare;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The peer's corpus and an {@code ImageKit} over it: the corpus directory is the source
 * storage, a new temporary directory the cache-file storage, and the decode path one of the
 * three {@link Decoding} settings.
 */
final class CorpusKit {

    /** The corpus of {@code ../shared/peer-bench}; {@code -Dcompare.corpus=DIR} overrides. */
    static final Path CORPUS = Path.of(System.getProperty("compare.corpus",
            "/work/shared/peer-bench/images"));

    /** The thumbnail of every figure: django-imagekit's {@code {% thumbnail '200x200' %}}. */
    static final String GEOMETRY = "200x200";

    /** How JPEGs are decoded. */
    enum Decoding {
        /** The default: the shrink-on-load DCT decoder, ImageIO subsampling for the rest. */
        DCT("true", "true"),
        /** DCT scaling off: ImageIO with subsampled decode. */
        SUBSAMPLED("false", "true"),
        /** Both off: ImageIO decodes every pixel, as Pillow without {@code draft()}. */
        FULL("false", "false");

        private final String dct;
        private final String subsampled;

        Decoding(String dct, String subsampled) {
            this.dct = dct;
            this.subsampled = subsampled;
        }

        /** @return the lower-case name used on command lines and in results */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Decoding parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    private CorpusKit() {
    }

    /**
     * Builds a kit over a source directory with a new, empty cache-file storage.
     *
     * @param sources  the source directory
     * @param storage  the cache-file storage directory
     * @param decoding the decode path
     * @return the kit, with an in-memory state cache and quality 85
     */
    static ImageKit kit(Path sources, Path storage, Decoding decoding) {
        return ImageKit.builder().discover(false).config(ImageKitConfig.builder()
                .set("imagekit.source.root", sources.toString())
                .set("imagekit.storage.root", storage.toString())
                .set("imagekit.cache.backend", "memory")
                .set("imagekit.default.quality", "85")
                .set("imagekit.image.jpeg-dct-scaling", decoding.dct)
                .set("imagekit.image.subsampled-decode", decoding.subsampled)
                .build()).build();
    }

    /**
     * Lists the files of a directory with one of the extensions, by name.
     *
     * @param dir        the directory
     * @param extensions lower-case extensions with their dot
     * @return the file names
     */
    static List<String> names(Path dir, String... extensions) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> Stream.of(extensions)
                            .anyMatch(e -> n.toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted().toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no " + List.of(extensions) + " files in " + dir
                        + ": run ../shared/peer-bench/fetch_images.sh");
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finds the JPEG with the most pixels, reading only headers.
     *
     * @param dir the directory
     * @return the photo's path
     */
    static Path largestJpeg(Path dir) {
        return names(dir, ".jpg", ".jpeg").stream().map(dir::resolve)
                .max(Comparator.comparingLong(CorpusKit::pixels)).orElseThrow();
    }

    private static long pixels(Path jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a directory tree, if it exists.
     *
     * @param dir the directory
     */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
