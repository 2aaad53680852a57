package io.github.jimagekit.example.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jimagekit.config.InvalidConfigurationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A bad {@code imagekit.*} property stops the gallery's start naming the key. */
final class BadPropertyTest {

    @TempDir
    Path work;

    private SpringApplicationBuilder gallery(String... properties) {
        return new SpringApplicationBuilder(GalleryApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1",
                        "GALLERY_WORK_DIR=" + work, "imagekit.pregenerate=")
                .properties(properties);
    }

    /** The failure's {@link InvalidConfigurationException}, whatever Spring wrapped it in. */
    private static InvalidConfigurationException invalidConfiguration(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidConfigurationException e) {
                return e;
            }
        }
        throw new AssertionError("no InvalidConfigurationException in " + failure, failure);
    }

    @Test
    void run_badValue_failsStartUpNamingTheKeyAndValue() {
        Throwable failure = catchThrowable(() -> gallery("imagekit.cache.timeout=soon").run()
                .close());

        InvalidConfigurationException e = invalidConfiguration(failure);
        assertThat(e).hasMessageStartingWith("setting \"imagekit.cache.timeout\" has a bad value"
                + " \"soon\": must be a duration such as 500ms, 5s, 10m, 2h, 1d or PT5S");
        assertThat(e.key()).contains("imagekit.cache.timeout");
    }

    @Test
    void run_misspelledKey_failsStartUpSuggestingTheKnownOne() {
        Throwable failure = catchThrowable(() -> gallery("imagekit.cache.backnd=memory").run()
                .close());

        assertThat(invalidConfiguration(failure)).hasMessageStartingWith("unknown setting"
                + " \"imagekit.cache.backnd\" (did you mean \"imagekit.cache.backend\"?)");
    }
}
