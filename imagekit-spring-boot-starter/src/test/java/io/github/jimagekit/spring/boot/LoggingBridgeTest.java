package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.error.GenerationFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the library's {@code System.Logger} records reach Boot's log: through
 * {@code java.util.logging} (the JDK's default {@code LoggerFinder}), then Boot's
 * {@code SLF4JBridgeHandler} into Logback, with {@code logging.level.*} carried back to the
 * JUL levels, so that {@code logging.level.io.github.jimagekit=DEBUG} shows the stack trace of
 * a failed generation and the default shows one line.
 */
@ExtendWith(OutputCaptureExtension.class)
final class LoggingBridgeTest {

    private static final String LINE = "cannot generate \"CACHE/images/photos/broken/";
    private static final String WHY = "spec \"imagekit:thumbnail\": source \"photos/broken.jpg\""
            + " is not an image in a supported format";

    @TempDir
    Path root;

    /** An application with the starter only; no web server. */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }

    @BeforeEach
    void photo() throws IOException {
        Files.createDirectories(root.resolve("photos"));
        Files.writeString(root.resolve("photos/broken.jpg"), "this is not a picture");
    }

    /** Runs the application and fails one generation; returns its log lines. */
    private List<String> failOnce(CapturedOutput output, String... properties) {
        List<String> all = new ArrayList<>(List.of("imagekit.storage.root=" + root,
                "imagekit.cache.backend=memory", "spring.main.banner-mode=off"));
        all.addAll(List.of(properties));
        int start = output.getOut().length();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE).properties(all.toArray(String[]::new)).run()) {
            ImageKit kit = context.getBean(ImageKit.class);
            assertThatThrownBy(() -> kit.thumbnail("photos/broken.jpg", "20x20").url())
                    .isInstanceOf(GenerationFailedException.class).hasMessage(WHY);
        }
        return output.getOut().substring(start).lines().toList();
    }

    @Test
    void failedGeneration_defaultLevels_oneWarnLineInLogbackWithoutStackTrace(
            CapturedOutput output) {
        List<String> lines = failOnce(output);

        assertThat(lines).filteredOn(l -> l.contains(LINE)).singleElement()
                .satisfies(l -> assertThat(l).contains(" WARN ")
                        .contains("jimagekit.cachefile.FailureLog").endsWith(": " + WHY));
        assertThat(lines).noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by"));
    }

    @Test
    void failedGeneration_debugOnTheLibrary_warnLineCarriesTheStackTrace(
            CapturedOutput output) {
        List<String> lines = failOnce(output, "logging.level.io.github.jimagekit=DEBUG");

        int warn = lines.indexOf(lines.stream().filter(l -> l.contains(LINE)).findFirst()
                .orElseThrow());
        assertThat(lines.get(warn)).contains(" WARN ");
        // Boot's pattern puts the stack trace under the message, after a blank line
        List<String> after = lines.subList(warn + 1, lines.size()).stream()
                .dropWhile(String::isBlank).toList();
        assertThat(after.get(0)).isEqualTo("io.github.jimagekit.error.BadImageException: "
                + WHY);
        assertThat(after).anyMatch(l -> l.startsWith(
                "\tat io.github.jimagekit.cachefile.StateKeeper."));
    }
}
