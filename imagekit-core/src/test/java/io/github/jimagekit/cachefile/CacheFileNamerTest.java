package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.UnsafeNameException;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.ImageGenerator;
import io.github.jimagekit.storage.FileSystemStorage;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CacheFileNamerTest {

    private static final String HASH = "5ff3233527c5ac3e4b596343b440ff67";
    private static final FileSystemStorage STORAGE =
            new FileSystemStorage(Path.of("/tmp/unused"), "/media/");

    /** A generator with a fixed hash, format and source name. */
    private record Fixed(String sourceName, ImageFormat format) implements ImageGenerator {
        @Override
        public EncodedImage generate() {
            throw new AssertionError("namers must not generate");
        }

        @Override
        public String cacheKey() {
            return "unused";
        }

        @Override
        public String hash() {
            return HASH;
        }

        @Override
        public Optional<Source> source() {
            return Optional.ofNullable(sourceName).map(n -> Source.of(STORAGE, n));
        }
    }

    @Test
    void sourceNameAsPath_mirrorsTheSourcePath() {
        assertThat(CacheFileNamer.sourceNameAsPath("CACHE/images")
                .name(new Fixed("photos/thumbnails/bulldog.jpg", ImageFormat.JPEG)))
                .isEqualTo("CACHE/images/photos/thumbnails/bulldog/" + HASH + ".jpg");
    }

    @Test
    void sourceNameDotHash_keepsBaseNameAndTwelveDigits() {
        assertThat(CacheFileNamer.sourceNameDotHash("CACHE/images")
                .name(new Fixed("photos/thumbnails/bulldog.jpg", ImageFormat.JPEG)))
                .isEqualTo("CACHE/images/photos/thumbnails/bulldog.5ff3233527c5.jpg");
    }

    @Test
    void hash_isFlat() {
        assertThat(CacheFileNamer.hash("CACHE/images")
                .name(new Fixed("photos/thumbnails/bulldog.jpg", ImageFormat.PNG)))
                .isEqualTo("CACHE/images/" + HASH + ".png");
    }

    @Test
    void extension_keepsSourceSpellingWhenFormatsMatch_elseUsesTheFormats() {
        CacheFileNamer n = CacheFileNamer.sourceNameAsPath("c");
        assertThat(n.name(new Fixed("a/b.JPEG", ImageFormat.JPEG))).isEqualTo("c/a/b/" + HASH
                + ".JPEG");
        assertThat(n.name(new Fixed("a/b.png", ImageFormat.JPEG))).isEqualTo("c/a/b/" + HASH
                + ".jpg");
        assertThat(n.name(new Fixed("a/noext", ImageFormat.PNG))).isEqualTo("c/a/noext/" + HASH
                + ".png");
    }

    @Test
    void generatorWithoutSource_isNamedByHashInEveryLayout() {
        Fixed g = new Fixed(null, ImageFormat.GIF);
        for (String layout : new String[] {"source-name-as-path", "source-name-dot-hash",
            "hash"}) {
            assertThat(CacheFileNamer.forName(layout, "CACHE/images/").name(g))
                    .isEqualTo("CACHE/images/" + HASH + ".gif");
        }
    }

    @Test
    void emptyCacheDir_namesFromTheStorageRoot() {
        assertThat(CacheFileNamer.hash("").name(new Fixed("x.jpg", ImageFormat.JPEG)))
                .isEqualTo(HASH + ".jpg");
    }

    @Test
    void forName_unknownLayoutOrUnsafeDir_fails() {
        assertThatThrownBy(() -> CacheFileNamer.forName("md5", "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"md5\"");
        assertThatThrownBy(() -> CacheFileNamer.hash("../c"))
                .isInstanceOf(UnsafeNameException.class);
    }

    @Test
    void filesOf_sourceNameAsPath_listsTheSourcesDirectoryForFullHashes() {
        Source dog = Source.of(STORAGE, "photos/dog.jpg");
        CacheFileNamer namer = CacheFileNamer.sourceNameAsPath("CACHE/images");

        CacheFileNamer.Listing files = namer.filesOf(dog).orElseThrow();

        assertThat(files.directory()).isEqualTo("CACHE/images/photos/dog");
        assertThat(files.matches(namer.name(new Fixed("photos/dog.jpg", ImageFormat.PNG))))
                .isTrue();
        assertThat(files.matches("CACHE/images/photos/dog/5ff3233527c5.jpg")).isFalse();
        assertThat(files.matches("CACHE/images/photos/dog/x/" + HASH + ".jpg")).isFalse();
    }

    @Test
    void filesOf_sourceNameDotHash_listsTheParentForTwelveDigitsAfterTheBaseName() {
        Source dog = Source.of(STORAGE, "photos/dog.jpg");
        CacheFileNamer namer = CacheFileNamer.sourceNameDotHash("CACHE/images");

        CacheFileNamer.Listing files = namer.filesOf(dog).orElseThrow();

        assertThat(files.directory()).isEqualTo("CACHE/images/photos");
        assertThat(files.matches(namer.name(new Fixed("photos/dog.jpg", ImageFormat.JPEG))))
                .isTrue();
        assertThat(files.matches("CACHE/images/photos/dogs.5ff3233527c5.jpg")).isFalse();
        assertThat(files.matches("CACHE/images/photos/dog." + HASH + ".jpg")).isFalse();
    }

    @Test
    void filesOf_hashLayout_cannotTell() {
        assertThat(CacheFileNamer.hash("CACHE/images")
                .filesOf(Source.of(STORAGE, "photos/dog.jpg"))).isEmpty();
        assertThat(CacheFileNamer.sourceNameAsPath("").filesOf(Source.of(STORAGE, "dog.jpg"))
                .orElseThrow().directory()).isEqualTo("dog");
        assertThat(CacheFileNamer.sourceNameDotHash("").filesOf(Source.of(STORAGE, "dog.jpg"))
                .orElseThrow().directory()).isEmpty();
    }
}
