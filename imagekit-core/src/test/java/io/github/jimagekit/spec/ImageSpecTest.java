package io.github.jimagekit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.processor.CacheKey;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.storage.FileSystemStorage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImageSpecTest {

    /** A processor with one parameter, standing in for the real ones. */
    record Scale(int width, int height) implements Processor {
        @Override
        public BufferedImage process(BufferedImage image) {
            return image;
        }

        @Override
        public String cacheKey() {
            return CacheKey.of("Scale").add("width", width).add("height", height).toString();
        }

        @Override
        public Optional<Size> outputSize(Size input) {
            return Optional.of(new Size(width, height));
        }
    }

    @TempDir
    Path root;

    private FileSystemStorage storage;
    private final RecordingImaging imaging = new RecordingImaging();

    @BeforeEach
    void setUp() throws IOException {
        storage = new FileSystemStorage(root, "/media/");
        storage.save("photos/dog.jpg", new byte[] {7, 7, 7, 7, 7});
    }

    private ImageSpec spec(SpecDefinition def, Source source, Map<String, ?> args) {
        GeneratorContext ctx = new GeneratorContext("app:thumb", imaging, EncodeOptions.DEFAULT);
        return def.create(ctx, GeneratorArguments.of(args).with("source", source));
    }

    private ImageSpec spec(SpecDefinition def, Source source) {
        return spec(def, source, Map.of());
    }

    @Test
    void cacheKey_describesEverythingThatAffectsOutput() {
        ImageSpec s = spec(SpecDefinition.builder().processors(new Scale(100, 50)).quality(60)
                .build(), Source.of(storage, "photos/dog.jpg").withVersion("v1"));

        assertThat(s.cacheKey()).isEqualTo("ImageSpec/1(source=\"photos/dog.jpg\","
                + "sourceVersion=\"v1\",processors=[Scale(width=100,height=50)],format=JPEG,"
                + "options=EncodeOptions(quality=60,progressive=false,optimize=false),"
                + "autoconvert=true,imaging=Imaging(autoOrient=true,colorManagement=true),"
                + "version=null)");
    }

    @Test
    void hash_knownSpecs_arePinned() {
        // These literals (SHA-256 of the cache key, checked with Python's hashlib) name the
        // cache files of deployed sites: if this test fails, a change renamed every cache
        // file. Change them only with a deliberate, documented hash change.
        Source dog = Source.of(storage, "photos/dog.jpg").withVersion("5-abc");
        assertThat(spec(SpecDefinition.builder().processors(new Scale(200, 200)).build(), dog)
                .hash()).isEqualTo("d1991a9a81277968e0f5143083c6aa78");
        assertThat(spec(SpecDefinition.builder().build(), dog).hash())
                .isEqualTo("96d07c39c4efc9f16d3ee4f6c97e75be");
    }

    @Test
    void hash_changesWithEachInput() {
        Source dog = Source.of(storage, "photos/dog.jpg").withVersion("1");
        SpecDefinition base = SpecDefinition.builder().processors(new Scale(200, 200)).build();
        String h = spec(base, dog).hash();

        assertThat(List.of(
                spec(base, dog.withVersion("2")).hash(),
                spec(base, Source.of(storage, "photos/cat.jpg").withVersion("1")).hash(),
                spec(SpecDefinition.builder().processors(new Scale(200, 201)).build(), dog).hash(),
                spec(SpecDefinition.builder().processors(new Scale(200, 200))
                        .format(ImageFormat.PNG).build(), dog).hash(),
                spec(SpecDefinition.builder().processors(new Scale(200, 200)).quality(84)
                        .build(), dog).hash(),
                spec(SpecDefinition.builder().processors(new Scale(200, 200)).autoconvert(false)
                        .build(), dog).hash(),
                spec(SpecDefinition.builder().processors(new Scale(200, 200)).version("2")
                        .build(), dog).hash()))
                .doesNotContain(h).doesNotHaveDuplicates();
        assertThat(spec(base, dog).hash()).as("same inputs, same hash").isEqualTo(h).hasSize(32);
    }

    @Test
    void format_followsSourceExtensionWhenNotSet() throws IOException {
        storage.save("a.PNG", new byte[] {1});
        storage.save("noext", new byte[] {1});
        SpecDefinition def = SpecDefinition.builder().build();
        assertThat(spec(def, Source.of(storage, "a.PNG")).format()).isEqualTo(ImageFormat.PNG);
        assertThat(spec(def, Source.of(storage, "photos/dog.jpg")).format())
                .isEqualTo(ImageFormat.JPEG);
        assertThat(spec(def, Source.of(storage, "noext")).format()).isEqualTo(ImageFormat.JPEG);
    }

    @Test
    void generate_handsSourceBytesAndRecipeToTheEngine() {
        ImageSpec s = spec(SpecDefinition.builder().processors(new Scale(10, 20))
                .format(ImageFormat.PNG).build(), Source.of(storage, "photos/dog.jpg"));

        EncodedImage out = s.generate();

        assertThat(out.width()).isEqualTo(10);
        assertThat(imaging.calls).containsExactly(new RecordingImaging.Call("photos/dog.jpg", 5,
                "[Scale(width=10,height=20)]", ImageFormat.PNG, EncodeOptions.DEFAULT, true));
    }

    @Test
    void generate_missingSourceFile_throwsNamingSpecAndSource() {
        ImageSpec s = spec(SpecDefinition.builder().build(), Source.of(storage, "photos/cat.jpg"));
        assertThatThrownBy(s::generate).isInstanceOf(MissingSourceException.class)
                .hasMessage("spec \"app:thumb\": source \"photos/cat.jpg\" does not exist");
    }

    @Test
    void predictSize_usesHeaderAndProcessors() {
        ImageSpec s = spec(SpecDefinition.builder().processors(new Scale(30, 40)).build(),
                Source.of(storage, "photos/dog.jpg"));
        assertThat(s.predictSize()).contains(new Size(30, 40));
        assertThat(spec(SpecDefinition.builder().build(), Source.of(storage, "photos/dog.jpg"))
                .predictSize()).contains(new Size(400, 300));
    }

    @Test
    void dynamicProcessors_readArgumentsAndRefuseUnknownOnes() {
        SpecDefinition def = SpecDefinition.builder()
                .processors((src, args) -> List.of(new Scale(args.integer("width").orElse(1),
                        args.integer("height").orElse(1))), "width", "height")
                .build();
        Source dog = Source.of(storage, "photos/dog.jpg");

        assertThat(spec(def, dog, Map.of("width", "64", "height", 48)).processors().cacheKey())
                .isEqualTo("[Scale(width=64,height=48)]");
        assertThatThrownBy(() -> spec(def, dog, Map.of("colour", "red")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("generator \"app:thumb\" does not accept argument colour (accepted:"
                        + " height, source, width)");
    }

    @Test
    void create_withoutSource_throwsMissingSource() {
        GeneratorContext ctx = new GeneratorContext("app:x", imaging, EncodeOptions.DEFAULT);
        assertThatThrownBy(() -> SpecDefinition.builder().build().create(ctx,
                GeneratorArguments.empty())).isInstanceOf(MissingSourceException.class);
    }

    @Test
    void builder_conflictingSettings_areRejected() {
        assertThatThrownBy(() -> SpecDefinition.builder().processors(new Scale(1, 1))
                .processors(new Scale(2, 2))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SpecDefinition.builder().quality(50)
                .options(EncodeOptions.DEFAULT)).isInstanceOf(IllegalStateException.class);
    }
}
