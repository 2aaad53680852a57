package io.github.jimagekit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.error.NotRegisteredException;
import io.github.jimagekit.processor.CacheKey;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.testing.Explode;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.testing.TestImaging;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImageTagRendererTest {

    /** Crops to the top-left 40x30: enough of a spec for rendering tests. */
    record TopLeft() implements Processor {
        @Override
        public BufferedImage process(BufferedImage image) {
            return image.getSubimage(0, 0, 40, 30);
        }

        @Override
        public String cacheKey() {
            return CacheKey.of("TopLeft").toString();
        }

        @Override
        public Optional<Size> outputSize(Size input) {
            return Optional.of(new Size(40, 30));
        }
    }

    @TempDir
    Path root;

    @BeforeEach
    void photo() throws IOException {
        Files.createDirectories(root.resolve("photos"));
        Files.write(root.resolve("photos/dog.png"),
                TestImages.encode(TestImages.quadrants(400, 300), "png"));
    }

    private ImageKit kit(String onError) {
        return ImageKit.builder()
                .config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", root.toString())
                        .set("imagekit.cache.backend", "memory")
                        .set("imagekit.template.on-error", onError)
                        .set("imagekit.template.fallback-url", "/static/missing.png")
                        .build())
                .imaging(new TestImaging())
                .discover(false)
                .library(r -> r.generator("app:small", SpecDefinition.builder()
                        .processors(new TopLeft()).build()))
                .library(r -> r.generator("app:broken", SpecDefinition.builder()
                        .processors(new Explode(root.toString())).build()))
                .build();
    }

    /** What the renderer says of app:broken's image of photos/dog.png, naming no path. */
    private static String brokenMessage(ImageKit kit) {
        return "cannot render image of spec \"app:broken\" for source \"photos/dog.png\": cannot"
                + " save cache file \"" + kit.cacheFile("app:broken", Map.of("source",
                "photos/dog.png")).name() + "\" of source \"photos/dog.png\""
                + " (IllegalStateException)";
    }

    @Test
    void render_spec_writesSrcSizeAndEscapedAttributes() {
        try (ImageKit kit = kit("fail")) {
            ImageTag tag = ImageTag.builder().spec("app:small").source("photos/dog.png")
                    .attribute("alt", "<script>alert('x')</script> & \"q\"")
                    .attribute("class", "avatar").build();

            String html = kit.templates().render(tag).html();

            String url = kit.cacheFile("app:small", Map.of("source", "photos/dog.png")).url();
            assertThat(html).isEqualTo("<img src=\"" + url + "\" width=\"40\" height=\"30\""
                    + " alt=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\""
                    + " class=\"avatar\">");
            assertThat(root.resolve(kit.cacheFile("app:small", Map.of("source",
                    "photos/dog.png")).name())).exists();
        }
    }

    @Test
    void render_templateGivesWidth_omitsWidthAndHeight() {
        try (ImageKit kit = kit("fail")) {
            ImageTagRenderer.Result r = kit.templates().render(ImageTag.builder()
                    .spec("app:small").source("photos/dog.png").attribute("width", "100%")
                    .build());
            assertThat(r.attributes()).containsOnlyKeys("src", "width");
            assertThat(r.attributes()).containsEntry("width", "100%");
        }
    }

    @Test
    void render_templateGivesSrc_keepsTheGeneratedOne() {
        try (ImageKit kit = kit("fail")) {
            ImageTagRenderer.Result r = kit.templates().render(ImageTag.builder()
                    .spec("app:small").source("photos/dog.png").attribute("src", "evil.png")
                    .build());
            assertThat(r.attributes().get("src")).startsWith("/media/CACHE/");
        }
    }

    @Test
    void render_unknownSpec_failsNamingSpecSourceAndRegistered() {
        try (ImageKit kit = kit("fail")) {
            assertThatThrownBy(() -> kit.templates().render(ImageTag.builder().spec("app:nope")
                    .source("photos/dog.png").build()))
                    .isInstanceOf(ImageTagException.class)
                    .hasMessage("cannot render image of spec \"app:nope\" for source"
                            + " \"photos/dog.png\": generator \"app:nope\" is not registered"
                            + " (registered: app:broken, app:small, imagekit:thumbnail)");
        }
    }

    @Test
    void render_missingOrUnsafeSource_failsWithoutAPath() {
        try (ImageKit kit = kit("fail")) {
            assertThatThrownBy(() -> kit.templates().render(ImageTag.builder().spec("app:small")
                    .source("photos/cat.png").build()))
                    .hasMessage("cannot render image of spec \"app:small\" for source"
                            + " \"photos/cat.png\": source \"photos/cat.png\" does not exist");
            assertThatThrownBy(() -> kit.templates().render(ImageTag.builder().spec("app:small")
                    .source(Path.of("/etc/passwd")).build()))
                    .hasMessage("cannot render image of spec \"app:small\" for source"
                            + " \"passwd\": path \"passwd\" is not inside the source storage");
            assertThatThrownBy(() -> kit.templates().render(ImageTag.builder().spec("app:small")
                    .source("../../etc/passwd").build()))
                    .isInstanceOf(ImageTagException.class)
                    .hasMessageContaining("\"..\" segment")
                    .hasMessageNotContaining(root.toString());
            assertThatThrownBy(() -> kit.templates().render(ImageTag.builder().spec("app:small")
                    .build()))
                    .hasMessage("cannot render image of spec \"app:small\" for source (none):"
                            + " no source given (the value was null)");
        }
    }

    @Test
    void render_noSpecNoGeometry_explains() {
        try (ImageKit kit = kit("fail")) {
            assertThatThrownBy(() -> kit.templates().render(ImageTag.builder()
                    .source("photos/dog.png").build()))
                    .hasMessageEndingWith("no spec given: name one (spec=\"myapp:avatar\") or"
                            + " give a geometry");
        }
    }

    @Test
    void render_badAttributeName_isAnError() {
        try (ImageKit kit = kit("fail")) {
            assertThatThrownBy(() -> kit.templates().render(ImageTag.builder().spec("app:small")
                    .source("photos/dog.png").attribute("x onload", "1").build()))
                    .hasMessageEndingWith("\"x onload\" is not a valid HTML attribute name");
        }
    }

    @Test
    void render_omitMode_rendersNothing() {
        try (ImageKit kit = kit("omit")) {
            ImageTagRenderer.Result r = kit.templates().render(ImageTag.builder()
                    .spec("app:nope").source("photos/dog.png").build());
            assertThat(r.kind()).isEqualTo(ImageTagRenderer.Kind.OMITTED);
            assertThat(r.html()).isEmpty();
            assertThat(r.error()).contains("app:nope");
        }
    }

    @Test
    void render_fallbackMode_rendersFallbackWithGeometrySizeAndAttributes() {
        try (ImageKit kit = kit("fallback")) {
            ImageTagRenderer.Result r = kit.templates().render(ImageTag.builder()
                    .geometry("120x80").source("photos/missing.png").attribute("alt", "a dog")
                    .build());
            assertThat(r.kind()).isEqualTo(ImageTagRenderer.Kind.FALLBACK);
            assertThat(r.html()).isEqualTo("<img src=\"/static/missing.png\" width=\"120\""
                    + " height=\"80\" alt=\"a dog\">");
        }
    }

    @Test
    void cacheFile_varForm_resolvesWithoutGenerating() {
        try (ImageKit kit = kit("omit")) {
            var f = kit.templates().cacheFile(ImageTag.builder().spec("app:small")
                    .source("photos/dog.png").build());
            assertThat(root.resolve(f.name())).doesNotExist();
            assertThat(f.getWidth()).isEqualTo(40);
            assertThat(root.resolve(f.name())).exists();
            assertThatThrownBy(() -> kit.templates().cacheFile(ImageTag.builder()
                    .geometry("0x0").source("photos/dog.png").build()))
                    .isInstanceOf(ImageTagException.class)
                    .hasMessageContaining("geometry \"0x0\"");
        }
    }

    @Test
    void variable_generatedImage_existsWhenTheTagReturns() {
        try (ImageKit kit = kit("fail")) {
            ImageTagRenderer.Variable v = kit.templates().variable(ImageTag.builder()
                    .spec("app:small").source("photos/dog.png").build());

            assertThat(v.kind()).isEqualTo(ImageTagRenderer.Kind.IMAGE);
            assertThat(v.error()).isNull();
            ImageCacheFile file = (ImageCacheFile) v.value();
            assertThat(root.resolve(file.name())).exists();
            assertThat(file.getUrl()).isEqualTo(kit.cacheFile("app:small",
                    Map.of("source", "photos/dog.png")).url());
            assertThat(file.getWidth()).isEqualTo(40);
        }
    }

    @Test
    void variable_failedGeneration_failModeThrowsTheRenderersMessageAtOnce() {
        try (ImageKit kit = kit("fail")) {
            ImageTag tag = ImageTag.builder().spec("app:broken").source("photos/dog.png").build();

            assertThatThrownBy(() -> kit.templates().variable(tag))
                    .isInstanceOf(ImageTagException.class)
                    .hasMessage(brokenMessage(kit))
                    .hasRootCauseMessage("boom in " + root);
        }
    }

    @Test
    void variable_omitMode_holdsNothingAndSaysWhy() {
        try (ImageKit kit = kit("omit")) {
            ImageTagRenderer.Variable v = kit.templates().variable(ImageTag.builder()
                    .spec("app:broken").source("photos/dog.png").build());

            assertThat(v.kind()).isEqualTo(ImageTagRenderer.Kind.OMITTED);
            assertThat(v.value()).isNull();
            assertThat(v.error()).isEqualTo(brokenMessage(kit));
        }
    }

    @Test
    void variable_fallbackMode_holdsTheFallbackImageSizedByTheGeometry() {
        try (ImageKit kit = kit("fallback")) {
            ImageTagRenderer.Variable both = kit.templates().variable(ImageTag.builder()
                    .geometry("120x80").source("photos/cat.png").build());
            ImageTagRenderer.Variable oneSide = kit.templates().variable(ImageTag.builder()
                    .geometry("120x").source("photos/cat.png").build());
            ImageTagRenderer.Variable spec = kit.templates().variable(ImageTag.builder()
                    .spec("app:broken").source("photos/dog.png").build());

            assertThat(both.kind()).isEqualTo(ImageTagRenderer.Kind.FALLBACK);
            assertThat(both.value()).isEqualTo(new FallbackImage("/static/missing.png",
                    new Size(120, 80)));
            assertThat(both.error()).isEqualTo("cannot render image of spec"
                    + " \"imagekit:thumbnail\" for source \"photos/cat.png\": source"
                    + " \"photos/cat.png\" does not exist");
            assertThat(oneSide.value()).isEqualTo(new FallbackImage("/static/missing.png", null));
            assertThat(spec.value()).isEqualTo(new FallbackImage("/static/missing.png", null));
            assertThat(spec.error()).isEqualTo(brokenMessage(kit));
        }
    }

    @Test
    void render_thumbnail_realImagingMakesAnImageOfTheStatedSize() throws IOException {
        try (ImageKit kit = ImageKit.builder()
                .config(ImageKitConfig.builder().set("imagekit.storage.root", root.toString())
                        .set("imagekit.cache.backend", "memory").build())
                .discover(false).build()) {
            ImageTagRenderer.Result r = kit.templates().render(ImageTag.builder()
                    .geometry("100x50").source("photos/dog.png").argument("anchor", "tl")
                    .attribute("alt", "dog").build());

            assertThat(r.attributes()).containsEntry("width", "100").containsEntry("height", "50")
                    .containsEntry("alt", "dog");
            String name = r.attributes().get("src").substring("/media/".length());
            BufferedImage img = TestImages.decode(Files.readAllBytes(root.resolve(name)));
            assertThat(img.getWidth()).isEqualTo(100);
            assertThat(img.getHeight()).isEqualTo(50);
            assertThat(TestImages.isNear(img, 2, 2, java.awt.Color.RED, 8))
                    .as("top-left anchor keeps the red quadrant's corner").isTrue();
        }
    }

    @Test
    void render_withoutAKit_asksTheLookupWithTheThumbnailIdAndGeometry() {
        List<String> asked = new ArrayList<>();
        ImageTagRenderer renderer = ImageTagRenderer.builder((id, args) -> {
            asked.add(id + " " + args);
            throw new NotRegisteredException("not here");
        }).onError(ImageTagRenderer.OnError.FALLBACK, "/static/none.png").build();

        String html = renderer.html(ImageTag.builder().geometry("100x50")
                .source("photos/dog.png").attribute("alt", "dog").build());

        assertThat(html).isEqualTo("<img src=\"/static/none.png\" width=\"100\" height=\"50\""
                + " alt=\"dog\">");
        assertThat(asked).containsExactly(
                "imagekit:thumbnail {source=photos/dog.png, width=100, height=50}");
    }

    @Test
    void builder_fallbackWithoutUrl_isRefused() {
        assertThatThrownBy(() -> ImageTagRenderer.builder((id, args) -> null)
                .onError(ImageTagRenderer.OnError.FALLBACK, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("on-error FALLBACK needs a fallback URL");
    }
}
