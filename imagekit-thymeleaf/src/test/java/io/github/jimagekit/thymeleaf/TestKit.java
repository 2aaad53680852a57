package io.github.jimagekit.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.spi.GeneratorLibrary;
import io.github.jimagekit.testing.Explode;
import io.github.jimagekit.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.Jsoup;

/**
 * A kit over a temporary directory holding two photos made in code, with the generators the
 * dialect tests name: {@code app:small} (a 40x30 crop), {@code app:square} (a square of the
 * {@code side} argument) and {@code app:thumb} (the thumbnail definition under another id).
 */
final class TestKit {

    /** A 400x300 PNG of four coloured quadrants. */
    static final String DOG = "photos/dog.png";
    /** A 300x400 JPEG gradient. */
    static final String CAT = "photos/cat.jpg";
    /** The fallback URL of {@code on-error=fallback}: it needs escaping. */
    static final String FALLBACK = "/static/missing.png?size=s&kind=\"x\"";

    private TestKit() {
    }

    /**
     * Registers {@code app:broken}, whose every image fails with a message naming a path.
     *
     * @param root the path the failure names
     * @return the library
     */
    static GeneratorLibrary broken(Path root) {
        return r -> r.generator("app:broken", SpecDefinition.builder()
                .processors(new Explode(root.toString())).build());
    }

    /**
     * Writes the photos (once per directory) and builds a kit.
     *
     * @param root    the storage root
     * @param onError {@code fail}, {@code omit} or {@code fallback}
     * @return the kit; the caller closes it
     */
    static ImageKit create(Path root, String onError) {
        return create(root, onError, registry -> { });
    }

    /**
     * Writes the photos (once per directory) and builds a kit with more generators.
     *
     * @param root    the storage root
     * @param onError {@code fail}, {@code omit} or {@code fallback}
     * @param more    registers the test's own generators
     * @return the kit; the caller closes it
     */
    static ImageKit create(Path root, String onError, GeneratorLibrary more) {
        writePhotos(root);
        return ImageKit.builder()
                .config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", root.toString())
                        .set("imagekit.cache.backend", "memory")
                        .set("imagekit.template.on-error", onError)
                        .set("imagekit.template.fallback-url", FALLBACK)
                        .build())
                .discover(false)
                .library(r -> r
                        .generator("app:small", SpecDefinition.builder()
                                .processors(new ResizeToFill(40, 30)).build())
                        .generator("app:square", SpecDefinition.builder()
                                .processors((source, args) -> {
                                    int side = args.integer("side").orElse(10);
                                    return List.of(new ResizeToFill(side, side));
                                }, "side").build())
                        .generator("app:thumb", SpecDefinition.thumbnail()))
                .library(more)
                .build();
    }

    /**
     * Decodes a cache file from the storage.
     *
     * @param root the storage root
     * @param file the cache file
     * @return the image
     */
    static BufferedImage decode(Path root, ImageCacheFile file) {
        try {
            return TestImages.decode(Files.readAllBytes(root.resolve(file.name())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders a page twice and checks that the second (warm) rendering gives the same HTML,
     * with every image sized, without a single storage call.
     *
     * @param kit    the kit the page renders with
     * @param images how many sized {@code <img>} the page must have
     * @param render renders the page
     * @return the warm HTML
     */
    static String assertWarmRenderMakesNoStorageCall(ImageKit kit, int images,
            Supplier<String> render) {
        String cold = render.get();
        kit.storageStatistics().reset();
        kit.sourceStorageStatistics().reset();

        String warm = render.get();

        assertThat(warm).isEqualTo(cold);
        assertThat(Jsoup.parse(warm).select("img[src][width][height]")).hasSize(images);
        assertThat(kit.storageStatistics().total()).as("cache-file storage calls").isZero();
        assertThat(kit.sourceStorageStatistics().total()).as("source storage calls").isZero();
        return warm;
    }

    private static void writePhotos(Path root) {
        try {
            Files.createDirectories(root.resolve("photos"));
            if (!Files.exists(root.resolve(DOG))) {
                Files.write(root.resolve(DOG),
                        TestImages.encode(TestImages.quadrants(400, 300), "png"));
                Files.write(root.resolve(CAT),
                        TestImages.encode(TestImages.gradient(300, 400), "jpeg"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
