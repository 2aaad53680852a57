package io.github.jimagekit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.testing.MutableClock;
import io.github.jimagekit.testing.TestImages;
import io.github.jimagekit.testing.TestImaging;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer's memory of warm requests, seen through {@link ImageTagRenderer}. */
final class RenderMemoTest {

    @TempDir
    Path root;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private ImageKit kit;

    @BeforeEach
    void kit() throws IOException {
        Files.createDirectories(root.resolve("photos"));
        Files.write(root.resolve("photos/dog.png"),
                TestImages.encode(TestImages.quadrants(400, 300), "png"));
        kit = ImageKit.builder()
                .config(ImageKitConfig.builder().set("imagekit.storage.root", root.toString())
                        .set("imagekit.cache.backend", "memory")
                        .set("imagekit.source.version-ttl", "60s")
                        .set("imagekit.template.on-error", "fallback")
                        .set("imagekit.template.fallback-url", "/missing.png").build())
                .imaging(new TestImaging()).discover(false).clock(clock).build();
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private static ImageTag thumbnail(String source, String... attributes) {
        ImageTag.Builder b = ImageTag.builder().geometry("40x30").source(source);
        for (int i = 0; i < attributes.length; i += 2) {
            b.attribute(attributes[i], attributes[i + 1]);
        }
        return b.build();
    }

    @Test
    void render_sameRequestAgain_isAnsweredFromMemoryWithoutStorageCalls() {
        ImageTagRenderer.Result first = kit.templates().render(thumbnail("photos/dog.png",
                "alt", "a"));
        kit.storageStatistics().reset();
        kit.sourceStorageStatistics().reset();

        ImageTagRenderer.Result again = kit.templates().render(thumbnail("photos/dog.png",
                "alt", "a"));

        assertThat(again).isSameAs(first);
        assertThat(kit.templates().html(thumbnail("photos/dog.png", "alt", "a")))
                .isEqualTo(first.html()).startsWith("<img src=\"/media/CACHE/images/photos/dog/")
                .endsWith(" width=\"40\" height=\"30\" alt=\"a\">");
        assertThat(kit.storageStatistics().total() + kit.sourceStorageStatistics().total())
                .isZero();
    }

    @Test
    void render_attributesInAnotherOrderOrValue_isAnotherRequest() {
        String ab = kit.templates().html(thumbnail("photos/dog.png", "alt", "a", "class", "b"));
        String ba = kit.templates().html(thumbnail("photos/dog.png", "class", "b", "alt", "a"));
        String other = kit.templates().html(thumbnail("photos/dog.png", "alt", "z", "class", "b"));

        assertThat(ab).endsWith("alt=\"a\" class=\"b\">");
        assertThat(ba).endsWith("class=\"b\" alt=\"a\">");
        assertThat(other).endsWith("alt=\"z\" class=\"b\">");
    }

    @Test
    void render_afterTheVersionTtl_isRenderedAgain() {
        ImageTagRenderer.Result first = kit.templates().render(thumbnail("photos/dog.png"));
        clock.advance(Duration.ofSeconds(59));
        assertThat(kit.templates().render(thumbnail("photos/dog.png"))).isSameAs(first);

        clock.advance(Duration.ofSeconds(2));

        ImageTagRenderer.Result later = kit.templates().render(thumbnail("photos/dog.png"));
        assertThat(later).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void forgetFilesOf_source_rendersItsRequestsAgain() {
        ImageTagRenderer.Result first = kit.templates().render(thumbnail("photos/dog.png"));

        kit.forgetFilesOf("photos/dog.png");

        assertThat(kit.templates().render(thumbnail("photos/dog.png"))).isNotSameAs(first);
    }

    @Test
    void render_fallbackOrApplicationObject_isNotRemembered() {
        ImageTagRenderer.Result missing = kit.templates().render(thumbnail("photos/cat.png"));
        assertThat(missing.kind()).isEqualTo(ImageTagRenderer.Kind.FALLBACK);
        assertThat(kit.templates().render(thumbnail("photos/cat.png"))).isNotSameAs(missing);

        ImageTag withObject = ImageTag.builder().geometry("40x30").source("photos/dog.png")
                .argument("anchor", new StringBuilder("c")).build();
        assertThat(kit.templates().render(withObject)).isNotSameAs(
                kit.templates().render(withObject));
    }

    @Test
    void render_result_cannotBeChangedByACaller() {
        ImageTagRenderer.Result r = kit.templates().render(thumbnail("photos/dog.png"));

        assertThatThrownBy(() -> r.attributes().put("src", "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
