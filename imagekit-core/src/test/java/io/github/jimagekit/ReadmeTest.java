package io.github.jimagekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import io.github.jimagekit.config.ConfigKey;

/** Keeps the README's configuration table true: every setting, with its default. */
final class ReadmeTest {

    @Test
    void readme_documentsEverySettingWithItsDefault() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (ConfigKey k : ConfigKey.values()) {
            String d = k.defaultValue().isEmpty() ? "(none)" : "`" + k.defaultValue() + "`";
            assertThat(readme).as(k.key()).contains("| `" + k.key() + "` | " + d + " |");
        }
    }
}
