package io.github.jimagekit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.error.BadImageException;
import io.github.jimagekit.testing.LogCapture;
import io.github.jimagekit.testing.MutableClock;
import io.github.jimagekit.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What rendering a broken image logs: one line per cache file and failure window with the
 * cause's message, however often a page asks for it, and the stack trace only at DEBUG.
 */
final class ImageTagRendererLoggingTest {

    private static final String LIBRARY = "io.github.jimagekit";
    private static final String WHY = "spec \"imagekit:thumbnail\": source \"photos/broken.png\""
            + " is not an image in a supported format";

    @TempDir
    Path root;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void photos() throws IOException {
        Files.createDirectories(root.resolve("photos"));
        Files.write(root.resolve("photos/dog.png"),
                TestImages.encode(TestImages.quadrants(400, 300), "png"));
        Files.writeString(root.resolve("photos/broken.png"), "this is not a picture");
    }

    /** A kit with the real imaging engine, timed by the test's clock. */
    private ImageKit kit(String onError) {
        return ImageTagRendererTest.kitBuilder(root, onError).clock(clock).build();
    }

    private static ImageTag thumbnail(String source) {
        return ImageTag.builder().geometry("40x30").source(source).build();
    }

    @Test
    void render_brokenSourceOftenInAndAfterTheWindow_oneWarningLinePerWindow() {
        try (LogCapture log = LogCapture.of(LIBRARY, Level.INFO);
                ImageKit kit = kit("fallback")) {
            for (int window = 0; window < 2; window++) {
                for (int i = 0; i < 3; i++) {
                    assertThat(kit.templates().render(thumbnail("photos/broken.png")).kind())
                            .isEqualTo(ImageTagRenderer.Kind.FALLBACK);
                    clock.advance(Duration.ofSeconds(1));
                }
                // past the 5 s failure window: the next page retries
                clock.advance(Duration.ofSeconds(3));
            }

            String file = kit.thumbnail("photos/broken.png", "40x30").name();
            assertThat(kit.cacheFiles().statistics().snapshot().failures()).isEqualTo(2);
            assertThat(log.records()).as("two windows, two lines, no stack trace")
                    .allSatisfy(r -> assertThat(r.getThrown()).isNull())
                    .extracting(LogRecord::getLevel).containsOnly(Level.WARNING);
            assertThat(log.messages(Level.WARNING)).containsExactly(
                    "cannot generate \"" + file + "\": " + WHY,
                    "cannot generate \"" + file + "\": " + WHY);
        }
    }

    @Test
    void render_brokenSourceWithTheLoggerAtDebug_stackTraceOnlyThen() {
        try (LogCapture log = LogCapture.of(LIBRARY, Level.FINE);
                ImageKit kit = kit("omit")) {
            kit.templates().render(thumbnail("photos/broken.png"));
            kit.templates().render(thumbnail("photos/broken.png"));

            assertThat(log.at(Level.WARNING)).singleElement().satisfies(r -> assertThat(
                    r.getThrown()).hasRootCauseInstanceOf(BadImageException.class));
            assertThat(log.at(Level.FINE)).as("the renderer's own lines, one per page")
                    .hasSize(2).allSatisfy(r -> {
                        assertThat(r.getMessage()).isEqualTo("cannot render image of spec"
                                + " \"imagekit:thumbnail\" for source \"photos/broken.png\": "
                                + WHY);
                        assertThat(r.getThrown()).isNull();
                    });
        }
    }

    @Test
    void render_unknownSpecOnEveryPage_omitLogsOneWarningLineFailOnlyThrows() {
        String line = "cannot render image of spec \"app:none\" for source \"photos/dog.png\":"
                + " generator \"app:none\" is not registered (registered: imagekit:thumbnail)";
        ImageTag tag = ImageTag.builder().spec("app:none").source("photos/dog.png").build();
        try (LogCapture log = LogCapture.of(LIBRARY, Level.INFO);
                ImageKit failing = kit("fail");
                ImageKit omitting = kit("omit")) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> failing.templates().render(tag)).hasMessage(line);
                assertThat(omitting.templates().render(tag).kind())
                        .isEqualTo(ImageTagRenderer.Kind.OMITTED);
            }

            // fail: the page's exception carries the message, and the container logs it
            assertThat(log.records()).allSatisfy(r -> assertThat(r.getThrown()).isNull())
                    .extracting(LogRecord::getMessage).containsExactly(line);
        }
    }
}
